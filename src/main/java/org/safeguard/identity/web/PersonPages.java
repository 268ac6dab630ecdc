package org.safeguard.identity.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;


import jakarta.servlet.http.HttpServletResponse;
import org.safeguard.access.FieldGroup;
import org.safeguard.access.Restriction;
import org.safeguard.access.Role;
import org.safeguard.access.SignedInStaff;
import org.safeguard.identity.ConfidentialKind;
import org.safeguard.identity.NewAddress;
import org.safeguard.identity.PersonProfile;
import org.safeguard.identity.PersonProfiles;
import org.safeguard.identity.PersonRecords;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The person page ({@code /people/{id}}): the record part by part as access lets the reader see it — in full,
 * shortened, or "Not shown to you" with the way to ask — the agencies working with the person, the restrictions in
 * force; a specialist restricting the record or lifting that; recording a new address, ordinary or confidential.
 * A locked record never reaches this page: access renders its locked view. The facades decide and audit; the page
 * only hides forms the reader could not use.
 */
@Controller
class PersonPages {

    /** Roles that may record where a person lives (as {@link PersonRecords} allows). */
    private static final Set<Role> RECORD_ADDRESSES = Set.of(Role.OFFICER, Role.SUPERVISOR, Role.DA_SPECIALIST, Role.IDVA,
            Role.PARTNER);
    /** The parts of a record the person page shows (risk, MARAC and health are on the case and MARAC pages). */
    private static final List<FieldGroup> PAGE_GROUPS = List.of(FieldGroup.IDENTITY, FieldGroup.CONTACT_DETAILS,
            FieldGroup.CURRENT_ADDRESS);
    private static final List<String> RESTRICT_FIELDS = List.of("reason", "namedReaders");
    private static final List<String> ADDRESS_FIELDS = List.of("kind", "line1", "line2", "town", "postcode", "addressReason");
    static final List<List<String>> ADDRESS_KINDS = List.of(
            List.of("ORDINARY", "An ordinary home address"),
            List.of(ConfidentialKind.REFUGE.name(), "A refuge (confidential)"),
            List.of(ConfidentialKind.SANCTUARY.name(), "Home, behind a sanctuary scheme (confidential)"));

    private final PersonProfiles profiles;
    private final PersonRecords records;

    PersonPages(PersonProfiles profiles, PersonRecords records) {
        this.profiles = profiles;
        this.records = records;
    }

    @GetMapping("/people/{id}")
    String page(@PathVariable String id, Model model) {
        return personPage(IdentityForms.id(id, "person"), null, Map.of(), model);
    }

    @PostMapping("/people/{id}/restriction")
    String restrict(@PathVariable String id, @RequestParam Map<String, String> typed, Model model, RedirectAttributes redirect,
                    HttpServletResponse response) {
        long personId = IdentityForms.id(id, "person");
        try {
            profiles.restrict(personId, typed.get("reason"), typed.get("namedReaders"));
            redirect.addFlashAttribute("success", "The record is restricted");
            return "redirect:/people/" + personId;
        } catch (InvalidRequest refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", IdentityForms.problems(refused, f -> "kind".equals(f) ? "reason" : f, RESTRICT_FIELDS));
            return personPage(personId, "restrict", typed, model);
        }
    }

    @PostMapping("/people/{id}/restrictions/{restrictionId}/lift")
    String lift(@PathVariable String id, @PathVariable String restrictionId, @RequestParam Map<String, String> typed,
                Model model, RedirectAttributes redirect, HttpServletResponse response) {
        long personId = IdentityForms.id(id, "person");
        long restriction = IdentityForms.id(restrictionId, "restriction");
        try {
            profiles.lift(personId, restriction, typed.get("liftReason"), IdentityForms.version(typed));
            redirect.addFlashAttribute("success", "The restriction is lifted");
            return "redirect:/people/" + personId;
        } catch (InvalidRequest refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", IdentityForms.problems(refused, f -> "liftReason", List.of("liftReason")));
            return personPage(personId, "lift", typed, model);
        } catch (ConcurrentEdit changed) {
            redirect.addFlashAttribute("conflict", changed.getMessage());
            return "redirect:/people/" + personId;
        }
    }

    @PostMapping("/people/{id}/addresses")
    String recordAddress(@PathVariable String id, @RequestParam Map<String, String> typed, Model model,
                         RedirectAttributes redirect, HttpServletResponse response) {
        long personId = IdentityForms.id(id, "person");
        String kind = IdentityForms.text(typed, "kind");
        NewAddress address = new NewAddress(IdentityForms.text(typed, "line1"), IdentityForms.text(typed, "line2"),
                IdentityForms.text(typed, "town"), IdentityForms.text(typed, "postcode"), null);
        try {
            if ("ORDINARY".equals(kind)) {
                records.recordCurrentAddress(personId, address);
                redirect.addFlashAttribute("success", "The new address is recorded");
            } else {
                records.recordConfidentialAddress(personId, address, confidentialKind(kind), typed.get("addressReason"));
                redirect.addFlashAttribute("success", "The confidential address is recorded and the record restricted");
            }
            return "redirect:/people/" + personId;
        } catch (InvalidRequest refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", IdentityForms.problems(refused, f -> "reason".equals(f) ? "addressReason" : f,
                    ADDRESS_FIELDS));
            return personPage(personId, "address", typed, model);
        }
    }

    private static ConfidentialKind confidentialKind(String typed) {
        for (ConfidentialKind kind : ConfidentialKind.values()) {
            if (kind.name().equals(typed)) {
                return kind;
            }
        }
        return null;
    }

    private String personPage(long personId, String activeForm, Map<String, String> typed, Model model) {
        PersonProfile profile = profiles.profile(personId);
        SignedInStaff reader = SignedInStaff.current();
        model.addAttribute("profile", profile);
        model.addAttribute("decision", profile.decision());
        Map<String, String> shown = new HashMap<>();
        for (FieldGroup group : PAGE_GROUPS) {
            shown.put(group.name(), profile.decision().of(group).name());
        }
        model.addAttribute("shown", shown);
        model.addAttribute("partlyShown", PAGE_GROUPS.stream().anyMatch(g -> !profile.decision().sees(g)));
        model.addAttribute("victimRestricted", profile.decision().restricted(Restriction.RESTRICTED_VICTIM));
        model.addAttribute("mayRestrict", reader.holds(Role.DA_SPECIALIST));
        model.addAttribute("mayRecordAddress", profile.decision().sees(FieldGroup.CURRENT_ADDRESS)
                && reader.roles().stream().anyMatch(RECORD_ADDRESSES::contains));
        model.addAttribute("addressKinds", ADDRESS_KINDS);
        model.addAttribute("active", activeForm == null ? "" : activeForm);
        model.addAttribute("form", typed);
        return "identity/person";
    }
}

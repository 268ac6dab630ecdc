package org.safeguard.identity.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.safeguard.access.Role;
import org.safeguard.access.SignedInStaff;
import org.safeguard.identity.PersonLink;
import org.safeguard.identity.PersonLinks;
import org.safeguard.identity.PersonSummary;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.platform.RecordNotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's records and every link between them, live and undone, with how and why each was made; for a
 * specialist, unlinking one (with a reason) and linking another record by hand. A refused form comes back on
 * the page with the GOV.UK error summary and what was typed; a stale version comes back as a conflict.
 * The facade decides who may see and do what (and audits it); the page only hides forms the user could not use.
 */
@Controller
class PersonLinkPages {

    private static final List<String> LINK_FIELDS = List.of("otherRecord", "linkReason");

    private final PersonLinks links;

    PersonLinkPages(PersonLinks links) {
        this.links = links;
    }

    /** One link as the page shows it. */
    record LinkView(PersonLink link, String how, String probability) {
    }

    @GetMapping("/people/{id}/links")
    String page(@PathVariable String id, Model model) {
        return linksPage(IdentityForms.id(id, "person"), null, Map.of(), model);
    }

    @PostMapping("/people/{id}/links")
    String link(@PathVariable String id, @RequestParam Map<String, String> typed, Model model, RedirectAttributes redirect) {
        long personId = IdentityForms.id(id, "person");
        String otherTyped = IdentityForms.text(typed, "otherRecord");
        Long other = IdentityForms.recordNumber(otherTyped);
        String reason = IdentityForms.text(typed, "linkReason");
        InvalidRequest.Check problems = new InvalidRequest.Check()
                .require(otherTyped != null, "otherRecord", "Enter the number of the record to link, like 10234")
                .require(otherTyped == null || other != null, "otherRecord",
                        "The record number must be the digits only, like 10234");
        try {
            if (other == null) {
                // Nothing to link yet: say what else is missing too, as the facade would.
                problems.require(reason != null, "linkReason", "Enter why these records are the same person");
                problems.throwIfAny();
            }
            PersonLink made = links.link(personId, other, reason);
            PersonSummary linked = made.first().id() == personId ? made.second() : made.first();
            redirect.addFlashAttribute("success", "Record " + linked.id() + " (" + linked.fullName() + ") is now linked");
            return "redirect:/people/" + personId + "/links";
        } catch (InvalidRequest refused) {
            model.addAttribute("errors", IdentityForms.problems(refused,
                    field -> field.toLowerCase().contains("reason") ? "linkReason" : "otherRecord", LINK_FIELDS));
            return linksPage(personId, "link", typed, model);
        }
    }

    /**
     * Undoes a link. The form carries the page's person so a refusal comes back on that page; the facade finds
     * the link by its own id, so the person only chooses the page.
     */
    @PostMapping("/people/links/{linkId}/unlink")
    String unlink(@PathVariable String linkId, @RequestParam Map<String, String> typed, Model model,
                  RedirectAttributes redirect) {
        long link = IdentityForms.id(linkId, "link");
        Long personId = IdentityForms.recordNumber(typed.get("personId"));
        if (personId == null) {
            // Only a crafted form has no person: the page always sends the one it shows.
            throw new RecordNotFound("person", typed.get("personId"));
        }
        String field = unlinkField(link);
        try {
            PersonLink undone = links.unlink(link, typed.get(field), IdentityForms.version(typed));
            redirect.addFlashAttribute("success", "Record " + undone.first().id() + " (" + undone.first().fullName()
                    + ") and record " + undone.second().id() + " (" + undone.second().fullName() + ") are no longer linked");
            return "redirect:/people/" + personId + "/links";
        } catch (InvalidRequest refused) {
            model.addAttribute("errors", IdentityForms.problems(refused, f -> field, List.of(field)));
            return linksPage(personId, "unlink-" + link, typed, model);
        } catch (ConcurrentEdit changed) {
            redirect.addFlashAttribute("conflict", changed.getMessage());
            return "redirect:/people/" + personId + "/links";
        }
    }

    private String linksPage(long personId, String activeForm, Map<String, String> typed, Model model) {
        List<PersonLink> all = links.links(personId);
        List<PersonSummary> records = links.recordsOfPerson(personId).stream()
                .sorted(Comparator.comparingLong(PersonSummary::id)).toList();
        PersonSummary person = records.stream().filter(r -> r.id() == personId).findFirst()
                .orElseThrow(() -> new RecordNotFound("person", personId));
        model.addAttribute("person", person);
        model.addAttribute("records", records);
        model.addAttribute("links", all.stream()
                .sorted(Comparator.comparing((PersonLink l) -> !l.live())
                        .thenComparing(PersonLink::linkedAt, Comparator.reverseOrder()))
                .map(l -> new LinkView(l, LinkageInWords.how(l.how()), LinkageInWords.percent(l.probability())))
                .toList());
        model.addAttribute("mayChange", SignedInStaff.current().holds(Role.DA_SPECIALIST));
        model.addAttribute("active", activeForm == null ? "" : activeForm);
        model.addAttribute("form", typed);
        return "identity/links";
    }

    /** Each unlink form's reason has its own name, so the error summary can point at the one refused. */
    static String unlinkField(long linkId) {
        return "unlinkReason-" + linkId;
    }
}

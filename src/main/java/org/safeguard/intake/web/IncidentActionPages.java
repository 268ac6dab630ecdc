package org.safeguard.intake.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.safeguard.access.Role;
import org.safeguard.access.SignedInStaff;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.safeguard.intake.CrimeOutcome;
import org.safeguard.intake.IncidentFile;
import org.safeguard.intake.Incidents;
import org.safeguard.intake.NewAttendance;
import org.safeguard.intake.OffenceGroup;
import org.safeguard.intake.NewCloseOut;
import org.safeguard.intake.NewParty;
import org.safeguard.intake.OfficerSuggestion;
import org.safeguard.intake.rules.CloseOutChecklist;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What happens to an incident after it is recorded: another person, deployment, attendance and close-out. */
@Controller
@RequestMapping("/incidents/{id}")
class IncidentActionPages {

    private final Incidents incidents;

    IncidentActionPages(Incidents incidents) {
        this.incidents = incidents;
    }

    @GetMapping("/people/new")
    String newParty(@PathVariable long id, Model model) {
        return partyForm(id, model, Map.of());
    }

    @PostMapping("/people/new")
    String addParty(@PathVariable long id, @RequestParam Map<String, String> typed, Model model,
                    RedirectAttributes redirect) {
        InvalidRequest.Check unreadable = new InvalidRequest.Check();
        FormValues values = new FormValues(typed, unreadable);
        NewParty party = new NewParty(values.text("role"), values.text("givenName"), values.text("familyName"),
                values.date("dateOfBirth", "Enter the date of birth like 27/3/1985"), values.text("sex"),
                values.text("phone"));
        return submit(id, unreadable, () -> {
            incidents.addParty(id, party);
            return party.givenName().strip() + " " + party.familyName().strip() + " added and the checks run again";
        }, () -> partyForm(id, model, typed), model, redirect);
    }

    private String partyForm(long id, Model model, Map<String, String> typed) {
        model.addAttribute("file", incidents.file(id));
        model.addAttribute("form", typed);
        model.addAttribute("roleOptions", Options.roles());
        model.addAttribute("sexOptions", Options.sexes());
        return "intake/party-new";
    }

    @GetMapping("/deploy")
    String deployForm(@PathVariable long id, Model model) {
        List<OfficerSuggestion> suggestions = incidents.suggestOfficers(id);
        // Two officers by default: the first two available, domestic abuse trained first.
        List<Long> preselected = suggestions.stream().filter(OfficerSuggestion::available).limit(2)
                .map(OfficerSuggestion::accountId).toList();
        return deployPage(id, model, suggestions, preselected);
    }

    @PostMapping("/deploy")
    String deploy(@PathVariable long id, @RequestParam(name = "officers", required = false) List<String> officers,
                  Model model, RedirectAttributes redirect) {
        List<Long> chosen = officers == null ? List.of()
                : officers.stream().filter(o -> o.matches("\\d{1,18}")).map(Long::valueOf).toList();
        return submit(id, new InvalidRequest.Check(), () -> {
            incidents.deploy(id, chosen);
            return chosen.size() == 1 ? "1 officer sent" : chosen.size() + " officers sent";
        }, () -> deployPage(id, model, incidents.suggestOfficers(id), chosen), model, redirect);
    }

    private String deployPage(long id, Model model, List<OfficerSuggestion> suggestions, List<Long> chosen) {
        model.addAttribute("file", incidents.file(id));
        model.addAttribute("suggestions", suggestions);
        model.addAttribute("chosen", chosen);
        return "intake/deploy";
    }

    @GetMapping("/attendance")
    String attendanceForm(@PathVariable long id, Model model) {
        return attendancePage(id, model, Map.of());
    }

    @PostMapping("/attendance")
    String recordAttendance(@PathVariable long id, @RequestParam Map<String, String> typed, Model model,
                            RedirectAttributes redirect) {
        InvalidRequest.Check unreadable = new InvalidRequest.Check();
        FormValues values = new FormValues(typed, unreadable);
        NewAttendance attendance = new NewAttendance(
                values.moment("arrivedDate", "arrivedTime", "arrivedAt", "Enter the date and time officers arrived, like 24/11/2026 and 21:20"),
                values.number("officersAttending", "Enter how many officers attended, like 2"),
                values.ticked("bodyWornVideo"), values.ticked("offenceDisclosed"), values.ticked("arrest"),
                values.ticked("dvpn"), values.ticked("referral"), values.ticked("safetyAdvice"),
                values.text("noArrestReason"));
        return submit(id, unreadable, () -> {
            incidents.recordAttendance(id, attendance);
            return "Attendance recorded";
        }, () -> attendancePage(id, model, typed), model, redirect);
    }

    private String attendancePage(long id, Model model, Map<String, String> typed) {
        model.addAttribute("file", incidents.file(id));
        model.addAttribute("form", typed);
        return "intake/attendance";
    }

    @GetMapping("/offences")
    String offenceForm(@PathVariable long id, Model model) {
        return offencePage(id, model, Map.of());
    }

    @PostMapping("/offences")
    String recordOffence(@PathVariable long id, @RequestParam Map<String, String> typed, Model model,
                         RedirectAttributes redirect) {
        InvalidRequest.Check unreadable = new InvalidRequest.Check();
        OffenceGroup offence = null;
        try {
            offence = OffenceGroup.valueOf(typed.getOrDefault("offence", ""));
        } catch (IllegalArgumentException notOne) {
            unreadable.require(false, "offence", "Select the offence");
        }
        OffenceGroup chosen = offence;
        return submit(id, unreadable, () -> {
            incidents.recordOffence(id, chosen);
            return "Offence recorded: " + chosen.words();
        }, () -> offencePage(id, model, typed), model, redirect);
    }

    /**
     * The outcome of an offence already recorded, from the same page. The form's fields are "outcomeOffence" and
     * "outcome" (the offence radios above are "offence"), so each error links to its own field.
     */
    @PostMapping("/offences/outcome")
    String recordOutcome(@PathVariable long id, @RequestParam Map<String, String> typed, Model model,
                         RedirectAttributes redirect) {
        InvalidRequest.Check unreadable = new InvalidRequest.Check();
        OffenceGroup offence = choice(OffenceGroup.class, typed.get("outcomeOffence"));
        CrimeOutcome outcome = choice(CrimeOutcome.class, typed.get("outcome"));
        unreadable.require(offence != null, "outcomeOffence", "Select the offence the outcome is for");
        unreadable.require(outcome != null, "outcome", "Select the outcome");
        try {
            unreadable.throwIfAny();
            incidents.recordOutcome(id, offence, outcome);
            redirect.addFlashAttribute("success", "Outcome recorded: " + offence.words() + ", " + outcome.code() + " "
                    + outcome.label());
            return "redirect:/incidents/" + id + "/offences";
        } catch (InvalidRequest refused) {
            Map<String, String> errors = new LinkedHashMap<>();
            refused.byField().forEach((field, message) -> errors.put("offence".equals(field) ? "outcomeOffence" : field,
                    message));
            model.addAttribute("errors", errors);
            return offencePage(id, model, typed);
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String typed) {
        try {
            return typed == null ? null : Enum.valueOf(type, typed);
        } catch (IllegalArgumentException notOne) {
            return null;
        }
    }

    private String offencePage(long id, Model model, Map<String, String> typed) {
        model.addAttribute("file", incidents.file(id));
        model.addAttribute("recorded", incidents.recordedOffences(id));
        model.addAttribute("offenceOptions", Options.offences());
        model.addAttribute("outcomeGroups", Options.outcomesByGroup());
        model.addAttribute("form", typed);
        return "intake/offence";
    }

    @GetMapping("/close")
    String closeForm(@PathVariable long id, @AuthenticationPrincipal SignedInStaff staff, Model model) {
        return closePage(id, staff, model, Map.of());
    }

    @PostMapping("/close")
    String close(@PathVariable long id, @RequestParam Map<String, String> typed,
                 @AuthenticationPrincipal SignedInStaff staff, Model model, RedirectAttributes redirect) {
        InvalidRequest.Check unreadable = new InvalidRequest.Check();
        FormValues values = new FormValues(typed, unreadable);
        Integer version = values.number("version", "Open the incident again and close it from there");
        NewCloseOut closeOut = new NewCloseOut(values.yesNo("victimSafe"), values.yesNo("suspectDealtWith"),
                values.text("suspectReason"), values.yesNo("riskAssessed"), values.text("riskReason"),
                values.yesNo("childrenSafeguarded"), values.text("childrenReason"),
                values.yesNo("positiveActionRecorded"), version == null ? -1 : version);
        return submit(id, unreadable, () -> "Incident " + incidents.close(id, closeOut).incident().reference() + " closed",
                () -> closePage(id, staff, model, typed), model, redirect);
    }

    private String closePage(long id, SignedInStaff staff, Model model, Map<String, String> typed) {
        IncidentFile file = incidents.file(id);
        model.addAttribute("file", file);
        model.addAttribute("form", typed);
        model.addAttribute("hasChildren", CloseOutChecklist.hasChildren(file.incident()));
        model.addAttribute("mayClose", !file.highRisk() || staff.holds(Role.SUPERVISOR));
        return "intake/close";
    }

    /**
     * Makes the change once the form could be read: then back to the incident with a banner. Field
     * problems show the form again with the error summary; a change someone else made first goes back
     * to the incident with the message. The API's field "arrivedAt" is the form's "arrivedDate".
     */
    private static String submit(long id, InvalidRequest.Check unreadable, Supplier<String> change,
                                 Supplier<String> formAgain, Model model, RedirectAttributes redirect) {
        try {
            unreadable.throwIfAny();
            redirect.addFlashAttribute("success", change.get());
        } catch (InvalidRequest refused) {
            Map<String, String> errors = new LinkedHashMap<>();
            refused.byField().forEach((field, message) -> errors.put("arrivedAt".equals(field) ? "arrivedDate" : field, message));
            model.addAttribute("errors", errors);
            return formAgain.get();
        } catch (ConcurrentEdit changed) {
            redirect.addFlashAttribute("conflict", changed.getMessage());
        }
        return "redirect:/incidents/" + id;
    }
}

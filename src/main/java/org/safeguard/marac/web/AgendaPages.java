package org.safeguard.marac.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.safeguard.access.Agency;
import org.safeguard.access.StaffDirectory;
import org.safeguard.marac.MaracAgenda;
import org.safeguard.marac.MaracCase;
import org.safeguard.marac.MaracTransfers;
import org.safeguard.marac.Transfer;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.shell.UkTime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's home, a meeting's agenda and a case's page with the coordinator's forms. Each form posts to
 * its own address; a refused form comes back on the case's page with the error summary and what was typed, a
 * stale version as a conflict message. Someone outside the MARAC's need-to-know circle gets the 403 page.
 */
@Controller
class AgendaPages {

    static final String HOME = "/marac";

    private final MaracAgenda agenda;
    private final MaracTransfers transfers;
    private final StaffDirectory staff;
    private final UkTime ukTime;

    AgendaPages(MaracAgenda agenda, MaracTransfers transfers, StaffDirectory staff, UkTime ukTime) {
        this.agenda = agenda;
        this.transfers = transfers;
        this.staff = staff;
        this.ukTime = ukTime;
    }

    @GetMapping(HOME)
    String home(Model model) {
        model.addAttribute("home", agenda.home());
        return "marac/marac-home";
    }

    @GetMapping("/marac/meetings/{id}")
    String meeting(@PathVariable String id, Model model) {
        MaracAgenda.Agenda shown = agenda.agenda(MaracForms.id(id, "meeting"));
        model.addAttribute("agenda", shown);
        model.addAttribute("agencyNames", agencyNames());
        model.addAttribute("title", shown.area().name() + ": " + ukTime.moment(shown.meeting().heldAt()));
        return "marac/agenda";
    }

    @GetMapping("/marac/cases/{id}")
    String maracCase(@PathVariable String id, Model model) {
        return casePage(MaracForms.id(id, "MARAC case"), "", Map.of(), model);
    }

    /** From a MARAC referral to the case made from it. */
    @GetMapping("/marac/referrals/{id}")
    String fromReferral(@PathVariable String id) {
        return "redirect:/marac/cases/" + agenda.caseOfReferral(MaracForms.id(id, "referral"));
    }

    @PostMapping("/marac/cases/{id}/move")
    String move(@PathVariable String id, @RequestParam Map<String, String> typed, Model model, RedirectAttributes redirect) {
        long caseId = MaracForms.id(id, "MARAC case");
        return act(caseId, "move", typed, model, redirect, () -> {
            MaracCase moved = agenda.move(caseId, MaracForms.chosenId(typed.get("meetingId")), MaracForms.version(typed));
            return "Moved to the meeting on " + ukTime.moment(moved.meetingAt());
        });
    }

    @PostMapping("/marac/cases/{id}/place")
    String place(@PathVariable String id, @RequestParam Map<String, String> typed, Model model, RedirectAttributes redirect) {
        long caseId = MaracForms.id(id, "MARAC case");
        return act(caseId, "place", typed, model, redirect, () -> {
            MaracCase placed = agenda.place(caseId, MaracForms.chosenId(typed.get("areaId")), MaracForms.version(typed));
            return placed.meetingId() == null ? "Placed in the " + placed.areaName() + ": waiting for a meeting with space"
                    : "Placed in the " + placed.areaName() + " and listed";
        });
    }

    @PostMapping("/marac/cases/{id}/urgent")
    String urgent(@PathVariable String id, @RequestParam Map<String, String> typed, Model model, RedirectAttributes redirect) {
        long caseId = MaracForms.id(id, "MARAC case");
        return act(caseId, "urgent", typed, model, redirect, () -> {
            Optional<String> spoc = agenda.markUrgent(caseId, MaracForms.version(typed));
            return spoc.map(s -> "Marked urgent: " + s + " has a task to make the interim safety plan")
                    .orElse("Marked urgent. The victim has no open case and no SPOC: arrange the interim safety plan yourself");
        });
    }

    @PostMapping("/marac/cases/{id}/interim-plan")
    String interimPlan(@PathVariable String id, @RequestParam Map<String, String> typed, Model model,
                       RedirectAttributes redirect) {
        long caseId = MaracForms.id(id, "MARAC case");
        return act(caseId, "interim", typed, model, redirect, () -> {
            agenda.recordInterimPlan(caseId, typed.get("interimPlan"), MaracForms.version(typed));
            return "Interim safety plan recorded";
        });
    }

    @PostMapping("/marac/cases/{id}/equality")
    String equality(@PathVariable String id, @RequestParam Map<String, String> typed, Model model,
                    RedirectAttributes redirect) {
        long caseId = MaracForms.id(id, "MARAC case");
        return act(caseId, "equality", typed, model, redirect, () -> {
            agenda.recordEquality(caseId, MaracForms.yesNo(typed.get("bme")), MaracForms.yesNo(typed.get("lgbt")),
                    MaracForms.yesNo(typed.get("disability")), MaracForms.version(typed));
            return "Equality monitoring saved";
        });
    }

    @PostMapping("/marac/cases/{id}/withdraw")
    String withdraw(@PathVariable String id, @RequestParam Map<String, String> typed, Model model,
                    RedirectAttributes redirect) {
        long caseId = MaracForms.id(id, "MARAC case");
        return act(caseId, "withdraw", typed, model, redirect, () -> {
            agenda.withdraw(caseId, typed.get("withdrawnReason"), MaracForms.version(typed));
            return "Case withdrawn";
        });
    }

    @PostMapping("/marac/cases/{id}/transfer")
    String transfer(@PathVariable String id, @RequestParam Map<String, String> typed, Model model,
                    RedirectAttributes redirect) {
        long caseId = MaracForms.id(id, "MARAC case");
        return act(caseId, "transfer", typed, model, redirect, () -> "Sent to the "
                + transfers.send(caseId, typed.get("toArea"), typed.get("transferReason"), MaracForms.version(typed))
                .toAreaName() + ". Its coordinator will accept it onto their agenda");
    }

    @PostMapping("/marac/transfers/{id}/accept")
    String accept(@PathVariable String id, Model model, RedirectAttributes redirect) {
        long transferId = MaracForms.id(id, "transfer");
        try {
            MaracCase accepted = transfers.accept(transferId);
            redirect.addFlashAttribute("success", accepted.meetingId() == null
                    ? "Transfer accepted: the case waits for a meeting with space" : "Transfer accepted and listed");
            return "redirect:/marac/cases/" + accepted.id();
        } catch (InvalidRequest refused) {
            redirect.addFlashAttribute("conflict", refused.problems().get(0).message());
            return "redirect:" + HOME;
        }
    }

    /** Runs a form's work: success back to the case with a banner; a refusal shows its problems on the case's page. */
    private String act(long caseId, String form, Map<String, String> typed, Model model, RedirectAttributes redirect,
                       Supplier<String> work) {
        try {
            redirect.addFlashAttribute("success", work.get());
            return "redirect:/marac/cases/" + caseId;
        } catch (InvalidRequest refused) {
            Optional<String> conflict = refused.problems().stream().filter(p -> !onTheForm(form, p.field()))
                    .map(InvalidRequest.FieldProblem::message).findFirst();
            if (conflict.isPresent()) {
                redirect.addFlashAttribute("conflict", conflict.get());
                return "redirect:/marac/cases/" + caseId;
            }
            model.addAttribute("errors", MaracForms.problems(refused, List.of()));
            return casePage(caseId, form, typed, model);
        } catch (ConcurrentEdit changed) {
            redirect.addFlashAttribute("conflict", changed.getMessage());
            return "redirect:/marac/cases/" + caseId;
        }
    }

    /**
     * Whether a problem's field is one the user can put right on that form; the case's state (its status, being
     * already urgent, having no area yet) is said as a conflict message, not as a link to a field that is not there.
     */
    private static boolean onTheForm(String form, String field) {
        return switch (field) {
            case "status", "urgent", "transfer" -> false;
            case "areaId" -> form.equals("place");
            default -> true;
        };
    }

    /** Agency names by code, for showing the referring agency. */
    private Map<String, String> agencyNames() {
        return staff.agencies().stream().collect(java.util.stream.Collectors.toMap(Agency::code, Agency::name, (a, b) -> a));
    }

    private static long orZero(Long id) {
        return id == null ? 0 : id;
    }

    private String casePage(long caseId, String activeForm, Map<String, String> typed, Model model) {
        MaracAgenda.CaseFile file = agenda.maracCase(caseId);
        model.addAttribute("file", file);
        model.addAttribute("agencyNames", agencyNames());
        model.addAttribute("c", file.maracCase());
        model.addAttribute("title", "MARAC case: " + file.maracCase().victimName());
        model.addAttribute("active", activeForm);
        model.addAttribute("form", typed);
        model.addAttribute("equality", Map.of("bme", MaracForms.yesNo(file.maracCase().victimBme()),
                "lgbt", MaracForms.yesNo(file.maracCase().victimLgbt()),
                "disability", MaracForms.yesNo(file.maracCase().victimDisability())));
        model.addAttribute("meetingOptions", file.meetings().stream().filter(m -> !m.full() && m.id() != orZero(file.maracCase().meetingId()))
                .map(m -> new String[]{String.valueOf(m.id()), ukTime.moment(m.heldAt()) + " (" + m.listed() + " of "
                        + m.capacity() + ")"}).toList());
        model.addAttribute("fullMeetings", file.meetings().stream()
                .filter(m -> m.full() && m.id() != orZero(file.maracCase().meetingId())).toList());
        model.addAttribute("awaitingTransfer", file.sentOn() || file.transfers().stream()
                .anyMatch(t -> t.caseId() == caseId && t.status() == Transfer.Status.SENT));
        model.addAttribute("areaOptions", file.otherAreas().stream()
                .map(a -> new String[]{String.valueOf(a.id()), a.name()}).toList());
        model.addAttribute("areaNames", file.otherAreas().stream().map(a -> new String[]{a.name(), a.name()}).toList());
        return "marac/case";
    }
}

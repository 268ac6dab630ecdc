package org.safeguard.marac.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.safeguard.access.Agency;
import org.safeguard.marac.MaracHearings;
import org.safeguard.marac.NewMaracAction;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.shell.TypedDates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A case's hearing (the IDVA's account for the victim, the minutes) and its action plan: adding an action, marking
 * one done or cancelling it; and the area's overdue actions for the chair and the coordinator.
 */
@Controller
class ActionPages {

    static final String OVERDUE = "/marac/actions/overdue";

    private final MaracHearings hearings;

    ActionPages(MaracHearings hearings) {
        this.hearings = hearings;
    }

    @GetMapping("/marac/cases/{id}/hearing")
    String hearing(@PathVariable String id, Model model) {
        return hearingPage(MaracForms.id(id, "MARAC case"), "", model);
    }

    @PostMapping("/marac/cases/{id}/hearing")
    String recordHearing(@PathVariable String id, @RequestParam Map<String, String> typed, Model model,
                         RedirectAttributes redirect) {
        long caseId = MaracForms.id(id, "MARAC case");
        return MaracForms.answer(hearingPath(caseId), typed, model, redirect, () -> {
            hearings.recordHearing(caseId, MaracForms.version(typed, "version"), typed.get("idvaSummary"),
                    typed.get("caseMinutes"));
            return "Hearing saved";
        }, () -> hearingPage(caseId, "hearing", model));
    }

    @PostMapping("/marac/cases/{id}/actions")
    String addAction(@PathVariable String id, @RequestParam Map<String, String> typed, Model model,
                     RedirectAttributes redirect) {
        long caseId = MaracForms.id(id, "MARAC case");
        String dueText = typed.get("dueOn");
        LocalDate dueOn = TypedDates.date(dueText);
        boolean unreadableDate = dueText != null && !dueText.isBlank() && dueOn == null;
        return MaracForms.answer(hearingPath(caseId), typed, model, redirect, () -> {
            try {
                hearings.addAction(caseId, new NewMaracAction(typed.get("description"), typed.get("ownerAgency"),
                        typed.get("owner"), dueOn));
            } catch (InvalidRequest refused) {
                throw unreadableDate ? dueDateUnreadable(refused) : refused;
            }
            return "Action added: it is on the owner's board as a task";
        }, () -> hearingPage(caseId, "action", model));
    }

    /** Marks an open action done, or cancels it ({@code ending} is "done" or "cancel"), with what was done or why. */
    @PostMapping("/marac/cases/{id}/actions/{actionId}/{ending:done|cancel}")
    String end(@PathVariable String id, @PathVariable String actionId, @PathVariable String ending,
               @RequestParam Map<String, String> typed, Model model, RedirectAttributes redirect) {
        long caseId = MaracForms.id(id, "MARAC case");
        long action = MaracForms.id(actionId, "MARAC action");
        int version = MaracForms.version(typed, "version");
        return MaracForms.answer(hearingPath(caseId), typed, model, redirect, () -> {
            if (ending.equals("done")) {
                hearings.markActionDone(action, version, typed.get("outcome"));
                return "Action marked done";
            }
            hearings.cancelAction(action, version, typed.get("outcome"));
            return "Action cancelled. The owner's task stays on their board until they close it";
        }, () -> hearingPage(caseId, "action-" + action, model));
    }

    @GetMapping(OVERDUE)
    String overdue(@RequestParam(required = false) String area, Model model) {
        List<MaracHearings.AreaRun> mine = hearings.areasIRun();
        Long areaId = area != null ? Long.valueOf(MaracForms.id(area, "MARAC area"))
                : mine.size() == 1 ? Long.valueOf(mine.get(0).id()) : null;
        model.addAttribute("areas", mine);
        model.addAttribute("overdue", areaId == null ? null : hearings.overdueActions(areaId));
        return "marac/actions-overdue";
    }

    private String hearingPage(long caseId, String activeForm, Model model) {
        MaracHearings.Hearing hearing = hearings.hearing(caseId);
        model.addAttribute("hearing", hearing);
        model.addAttribute("active", activeForm);
        model.addAttribute("agencyNames", hearing.agencies().stream()
                .collect(Collectors.toMap(Agency::code, Agency::name, (a, b) -> a)));
        model.addAttribute("agencyOptions", MaracForms.agencyOptions(hearing.agencies()));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "marac/hearing";
    }

    /** The facade's problems with a date it was not given, told as the date typed being unreadable. */
    private static InvalidRequest dueDateUnreadable(InvalidRequest refused) {
        return new InvalidRequest(refused.problems().stream().map(problem -> problem.field().equals("dueOn")
                ? new InvalidRequest.FieldProblem("dueOn", "Enter the due date as a real date, like 24/11/2026")
                : problem).toList());
    }

    private static String hearingPath(long caseId) {
        return "/marac/cases/" + caseId + "/hearing";
    }
}

package org.safeguard.offender.web;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.safeguard.offender.Custody;
import org.safeguard.offender.CustodyDecision;
import org.safeguard.offender.CustodyEvent;
import org.safeguard.offender.NewCustodyEvent;
import org.safeguard.platform.InvalidRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording a custody event about a person by hand: the decision, when it was made (UK date and time), the
 * custody record number if there is one, and detail. Recorded, it goes back to the person's profile; the
 * victims' SPOCs are given their tasks by safeguarding once it is saved.
 */
@Controller
class CustodyPages {

    private static final List<String> FIELDS = List.of("decision", "decidedAt", "decidedTime", "reference", "detail");

    private final Custody custody;

    CustodyPages(Custody custody) {
        this.custody = custody;
    }

    @GetMapping("/offenders/{personId}/custody/new")
    String form(@PathVariable String personId, Model model) {
        return page(TypedFields.id(personId, "person"), Map.of(), model);
    }

    @PostMapping("/offenders/{personId}/custody")
    String record(@PathVariable String personId, @RequestParam Map<String, String> typed, Model model,
                  RedirectAttributes redirect) {
        long person = TypedFields.id(personId, "person");
        InvalidRequest.Check unreadable = new InvalidRequest.Check();
        Instant decidedAt = TypedFields.moment(typed, "decidedAt", "decidedTime", "of the decision", unreadable);
        CustodyDecision.Decision decision = TypedFields.choice(CustodyDecision.Decision.class, typed.get("decision"));
        try {
            CustodyEvent recorded = custody.record(new NewCustodyEvent(person, decision, decidedAt, typed.get("detail"),
                    typed.get("reference")));
            redirect.addFlashAttribute("success", "Recorded: " + recorded.decision().words() + " (" + recorded.reference()
                    + "). The SPOCs of the victims' open cases are given tasks to tell them.");
            return "redirect:/offenders/" + person;
        } catch (InvalidRequest refused) {
            model.addAttribute("errors", TypedFields.problems(unreadable, refused, FIELDS, Set.of("decidedAt", "decidedTime")));
            return page(person, typed, model);
        }
    }

    private String page(long personId, Map<String, String> typed, Model model) {
        model.addAttribute("person", custody.heading(personId));
        model.addAttribute("form", typed);
        model.addAttribute("decisions", Arrays.asList(CustodyDecision.Decision.values()));
        return "offender/custody-new";
    }
}

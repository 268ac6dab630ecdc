package org.safeguard.intake.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.safeguard.intake.Incidents;
import org.safeguard.intake.OfficerSkills;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Supervisors' pages: the live oversight list, the checks-recorded report and the skills register. */
@Controller
class OversightPages {

    private final Incidents incidents;
    private final OfficerSkills skills;
    private final Clock clock;

    OversightPages(Incidents incidents, OfficerSkills skills, Clock clock) {
        this.incidents = incidents;
        this.skills = skills;
        this.clock = clock;
    }

    @GetMapping("/oversight")
    String oversight(Model model) {
        model.addAttribute("lines", incidents.oversight());
        return "intake/oversight";
    }

    /** Share of incidents with checks recorded over the last {@code days} days (HMIC found 80% without). */
    @GetMapping("/reports/checks")
    String checksReport(@RequestParam(defaultValue = "30") String days, Model model) {
        int period = days.matches("\\d{1,4}") ? Math.max(1, Integer.parseInt(days)) : 30;
        LocalDate today = LocalDate.now(clock.withZone(FormValues.LONDON));
        var to = today.plusDays(1).atStartOfDay(FormValues.LONDON).toInstant();
        var from = today.minusDays(period - 1L).atStartOfDay(FormValues.LONDON).toInstant();
        model.addAttribute("coverage", incidents.checkCoverage(from, to));
        model.addAttribute("days", period);
        return "intake/checks-report";
    }

    @GetMapping("/skills")
    String register(Model model) {
        model.addAttribute("register", skills.register());
        return "intake/skills";
    }

    @PostMapping("/skills/{accountId}")
    String save(@PathVariable long accountId, @RequestParam Map<String, String> typed, Model model,
                RedirectAttributes redirect) {
        InvalidRequest.Check unreadable = new InvalidRequest.Check();
        FormValues values = new FormValues(typed, unreadable);
        LocalDate until = values.date("dveroTrainedUntil", "Enter the date DVERO training runs to, like 31/3/2027");
        Integer version = values.number("version", "Open the register again and save from there");
        try {
            unreadable.throwIfAny();
            skills.save(accountId, until, values.ticked("specialist"), values.ticked("available"),
                    version == null ? -1 : version);
            redirect.addFlashAttribute("success", "Skills saved");
        } catch (InvalidRequest refused) {
            redirect.addFlashAttribute("conflict", refused.problems().get(0).message());
        } catch (ConcurrentEdit changed) {
            redirect.addFlashAttribute("conflict", changed.getMessage());
        }
        return "redirect:/skills";
    }
}

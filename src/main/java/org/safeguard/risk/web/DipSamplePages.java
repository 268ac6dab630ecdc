package org.safeguard.risk.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.safeguard.access.Role;
import org.safeguard.access.SignedInStaff;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.risk.DipReview;
import org.safeguard.risk.DipSample;
import org.safeguard.risk.DipSamples;
import org.safeguard.risk.RiskLevel;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Dip sampling: the weekly samples and drawing one, a sample's drawn assessments, a specialist's review
 * of one, and how far reviewers agree with assessors. The facade names who may do each.
 */
@Controller
class DipSamplePages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final DipSamples samples;
    private final Clock clock;

    DipSamplePages(DipSamples samples, Clock clock) {
        this.samples = samples;
        this.clock = clock;
    }

    @GetMapping("/risk/dip-samples")
    String list(@AuthenticationPrincipal SignedInStaff staff, Model model) {
        return listPage(staff, model, Map.of());
    }

    @PostMapping("/risk/dip-samples")
    String draw(@RequestParam Map<String, String> typed, @AuthenticationPrincipal SignedInStaff staff, Model model,
                RedirectAttributes redirect) {
        InvalidRequest.Check unreadable = new InvalidRequest.Check();
        RiskForms values = new RiskForms(typed, unreadable);
        unreadable.require(values.text("weekStart") != null, "weekStart", "Enter the Monday the week starts on, like 16/11/2026");
        LocalDate weekStart = values.date("weekStart", "Enter the Monday the week starts on as a date, like 16/11/2026");
        Long seed = values.wholeNumber("seed", "The seed must be a whole number, like 4815162342, or leave it blank for a random seed");
        try {
            unreadable.throwIfAny();
            DipSample drawn = samples.draw(weekStart, seed);
            redirect.addFlashAttribute("success", "Week starting " + DAY.format(drawn.weekStart()) + " drawn: "
                    + drawn.drawn() + " of " + drawn.candidates() + (drawn.candidates() == 1 ? " assessment" : " assessments")
                    + ", seed " + drawn.seed());
            return "redirect:/risk/dip-samples/" + drawn.id();
        } catch (InvalidRequest refused) {
            model.addAttribute("errors", refused.byField());
            return listPage(staff, model, typed);
        }
    }

    private String listPage(SignedInStaff staff, Model model, Map<String, String> typed) {
        model.addAttribute("waiting", staff.holds(Role.DA_SPECIALIST) ? samples.waitingForMe() : null);
        model.addAttribute("samples", samples.samples());
        model.addAttribute("mayDraw", staff.holds(Role.SUPERVISOR) || staff.holds(Role.DA_SPECIALIST));
        model.addAttribute("form", typed);
        model.addAttribute("lastMonday", RiskForms.typed(today().with(DayOfWeek.MONDAY).minusWeeks(1)));
        return "risk/dip-samples";
    }

    @GetMapping("/risk/dip-samples/{id}")
    String sample(@PathVariable String id, @AuthenticationPrincipal SignedInStaff staff, Model model) {
        Map.Entry<DipSample, List<DipReview>> sample = samples.sample(RiskForms.id(id, "dip sample"));
        model.addAttribute("sample", sample.getKey());
        model.addAttribute("week", DAY.format(sample.getKey().weekStart()));
        model.addAttribute("reviews", sample.getValue());
        model.addAttribute("mayReview", staff.holds(Role.SUPERVISOR) || staff.holds(Role.DA_SPECIALIST));
        return "risk/dip-sample";
    }

    @GetMapping("/risk/dip-reviews/{id}")
    String review(@PathVariable String id, @AuthenticationPrincipal SignedInStaff staff, Model model) {
        return reviewPage(RiskForms.id(id, "dip review"), staff, model, Map.of());
    }

    @PostMapping("/risk/dip-reviews/{id}")
    String record(@PathVariable String id, @RequestParam Map<String, String> typed,
                  @AuthenticationPrincipal SignedInStaff staff, Model model, RedirectAttributes redirect) {
        long reviewId = RiskForms.id(id, "dip review");
        RiskForms values = new RiskForms(typed, new InvalidRequest.Check());
        try {
            DipReview recorded = samples.record(reviewId, values.version("version"), values.text("level"), typed.get("comment"));
            redirect.addFlashAttribute("success", recorded.upgrade()
                    ? "Review recorded. You judged the level " + recorded.reviewerLevel().label().toLowerCase() + ", higher than "
                    + recorded.assessedLevel().label().toLowerCase() + ", so a re-assessment has been requested for the assessor, "
                    + recorded.assessor()
                    : "Review recorded");
        } catch (InvalidRequest refused) {
            model.addAttribute("errors", refused.byField());
            return reviewPage(reviewId, staff, model, typed);
        } catch (ConcurrentEdit changed) {
            redirect.addFlashAttribute("conflict", changed.getMessage());
        }
        return "redirect:/risk/dip-reviews/" + reviewId;
    }

    private String reviewPage(long id, SignedInStaff staff, Model model, Map<String, String> typed) {
        DipReview review = samples.review(id);
        boolean own = review.assessor().equals(staff.username());
        model.addAttribute("review", review);
        model.addAttribute("ownAssessment", own);
        model.addAttribute("mayRecord", !review.reviewed() && !own && staff.holds(Role.DA_SPECIALIST));
        model.addAttribute("form", typed);
        model.addAttribute("levels", Arrays.asList(RiskLevel.values()));
        return "risk/dip-review";
    }

    /** Agreement between reviewers and assessors, by default for the last 12 weeks. */
    @GetMapping("/reports/dip-sampling")
    String report(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        LocalDate today = today();
        InvalidRequest.Check problems = new InvalidRequest.Check();
        RiskForms values = new RiskForms(typedPeriod(from, to), problems);
        LocalDate first = values.text("from") == null ? today.with(DayOfWeek.MONDAY).minusWeeks(12)
                : values.date("from", "Enter the first day as a date, like 2/11/2026");
        LocalDate last = values.text("to") == null ? today : values.date("to", "Enter the last day as a date, like 30/11/2026");
        if (first != null && last != null) {
            problems.require(!last.isBefore(first), "to", "The last day must be on or after the first day")
                    .require(!last.isAfter(first.plusYears(5)), "to", "Choose a period of 5 years or less");
        }
        model.addAttribute("from", from != null ? from : RiskForms.typed(first));
        model.addAttribute("to", to != null ? to : RiskForms.typed(last));
        model.addAttribute("levels", Arrays.asList(RiskLevel.values()));
        try {
            problems.throwIfAny();
            model.addAttribute("report", samples.report(first, last));
        } catch (InvalidRequest refused) {
            model.addAttribute("errors", refused.byField());
            model.addAttribute("report", null);
        }
        return "risk/dip-report";
    }

    private static Map<String, String> typedPeriod(String from, String to) {
        Map<String, String> typed = new HashMap<>();
        typed.put("from", from);
        typed.put("to", to);
        return typed;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(RiskForms.LONDON));
    }
}

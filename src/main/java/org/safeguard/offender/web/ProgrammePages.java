package org.safeguard.offender.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.safeguard.access.Role;
import org.safeguard.access.SignedInStaff;
import org.safeguard.offender.NewProgrammeReferral;
import org.safeguard.offender.ProgrammeReferral;
import org.safeguard.offender.ProgrammeReferral.Rating;
import org.safeguard.offender.ProgrammeReferral.SuitabilityFactor;
import org.safeguard.offender.Programmes;
import org.safeguard.offender.rules.ProgrammeRules;
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
 * Perpetrator programmes: the referral with its suitability assessment (six factors, each low, medium or high),
 * the referral's page (the engage-or-convict pathway, a risk alert, its reviews and closing it), and the list of
 * reviews due for the team, overdue first. Each form posts to its own address; a refused form comes back with the
 * GOV.UK error summary and what was typed, a stale version as a conflict message.
 */
@Controller
class ProgrammePages {

    static final String REVIEWS = "/offenders/programme-reviews";

    private final Programmes programmes;
    private final Clock clock;

    ProgrammePages(Programmes programmes, Clock clock) {
        this.programmes = programmes;
        this.clock = clock;
    }

    @GetMapping("/offenders/{personId}/programmes/new")
    String referralForm(@PathVariable String personId, Model model) {
        return referralFormPage(TypedFields.id(personId, "person"), Map.of(), model);
    }

    @PostMapping("/offenders/{personId}/programmes")
    String refer(@PathVariable String personId, @RequestParam Map<String, String> typed, Model model,
                 RedirectAttributes redirect) {
        long person = TypedFields.id(personId, "person");
        Map<SuitabilityFactor, Rating> assessment = new EnumMap<>(SuitabilityFactor.class);
        for (SuitabilityFactor factor : SuitabilityFactor.values()) {
            Rating rating = TypedFields.choice(Rating.class, typed.get(ProgrammeRules.field(factor)));
            if (rating != null) {
                assessment.put(factor, rating);
            }
        }
        try {
            ProgrammeReferral referral = programmes.refer(new NewProgrammeReferral(person, typed.get("programme"),
                    assessment, typed.get("assessmentNotes")));
            redirect.addFlashAttribute("success", "Referred to " + referral.programme()
                    + ". The first case-management review is due in a month.");
            return "redirect:/offenders/programmes/" + referral.id();
        } catch (InvalidRequest refused) {
            model.addAttribute("errors", TypedFields.problems(new InvalidRequest.Check(), refused, referralFields(), Set.of()));
            return referralFormPage(person, typed, model);
        }
    }

    @GetMapping("/offenders/programmes/{id}")
    String referral(@PathVariable String id, Model model) {
        return referralPage(TypedFields.id(id, "programme referral"), "", Map.of(), model);
    }

    @PostMapping("/offenders/programmes/{id}/pathway")
    String choosePathway(@PathVariable String id, @RequestParam Map<String, String> typed, Model model,
                         RedirectAttributes redirect) {
        long referral = TypedFields.id(id, "programme referral");
        return act(referral, "pathway", List.of("pathway", "pathwayReason"), typed, model, redirect, () -> {
            ProgrammeReferral chosen = programmes.choosePathway(referral,
                    TypedFields.choice(ProgrammeReferral.Pathway.class, typed.get("pathway")), typed.get("pathwayReason"),
                    TypedFields.version(typed));
            return "Pathway: " + chosen.pathway().words();
        });
    }

    @PostMapping("/offenders/programmes/{id}/risk-alerts")
    String raiseRiskAlert(@PathVariable String id, @RequestParam Map<String, String> typed, Model model,
                          RedirectAttributes redirect) {
        long referral = TypedFields.id(id, "programme referral");
        return act(referral, "alert", List.of("alertReason"), typed, model, redirect, () -> {
            programmes.raiseRiskAlert(referral, typed.get("alertReason"));
            return "Risk alert recorded: a review is due within 24 hours";
        });
    }

    @PostMapping("/offenders/programmes/{id}/reviews/{reviewId}/done")
    String completeReview(@PathVariable String id, @PathVariable String reviewId, @RequestParam Map<String, String> typed,
                          Model model, RedirectAttributes redirect) {
        long referral = TypedFields.id(id, "programme referral");
        long review = TypedFields.id(reviewId, "programme review");
        return act(referral, "review-" + review, List.of("outcome"), typed, model, redirect, () -> {
            programmes.completeReview(review, typed.get("outcome"));
            return "Review done";
        });
    }

    @PostMapping("/offenders/programmes/{id}/close")
    String close(@PathVariable String id, @RequestParam Map<String, String> typed, Model model,
                 RedirectAttributes redirect) {
        long referral = TypedFields.id(id, "programme referral");
        return act(referral, "close", List.of("status", "closedReason"), typed, model, redirect, () -> {
            ProgrammeReferral closed = programmes.close(referral,
                    TypedFields.choice(ProgrammeReferral.Status.class, typed.get("status")), typed.get("closedReason"),
                    TypedFields.version(typed));
            return "Referral closed: " + closed.status().name().toLowerCase();
        });
    }

    @GetMapping(REVIEWS)
    String reviewsDue(Model model) {
        List<Programmes.DueReview> due = programmes.reviewsDueWithTheirReferrals(200);
        model.addAttribute("reviews", due);
        model.addAttribute("overdue", overdue(due.stream().map(Programmes.DueReview::review).toList()));
        return "offender/programme-reviews";
    }

    /** Runs a form's work: success back to the referral with a banner; a refusal shows its problems on the page. */
    private String act(long referralId, String form, List<String> fields, Map<String, String> typed, Model model,
                       RedirectAttributes redirect, Supplier<String> work) {
        try {
            redirect.addFlashAttribute("success", work.get());
            return "redirect:/offenders/programmes/" + referralId;
        } catch (InvalidRequest refused) {
            model.addAttribute("errors", TypedFields.problems(new InvalidRequest.Check(), refused, fields, Set.of()));
            return referralPage(referralId, form, typed, model);
        } catch (ConcurrentEdit changed) {
            redirect.addFlashAttribute("conflict", changed.getMessage());
            return "redirect:/offenders/programmes/" + referralId;
        }
    }

    private String referralFormPage(long personId, Map<String, String> typed, Model model) {
        model.addAttribute("person", programmes.heading(personId));
        model.addAttribute("form", typed);
        model.addAttribute("factors", Arrays.asList(SuitabilityFactor.values()));
        model.addAttribute("ratings", Arrays.stream(Rating.values())
                .map(r -> new String[]{r.name(), r.name().charAt(0) + r.name().substring(1).toLowerCase()}).toList());
        return "offender/programme-new";
    }

    private String referralPage(long referralId, String activeForm, Map<String, String> typed, Model model) {
        ProgrammeReferral referral = programmes.referral(referralId);
        model.addAttribute("referral", referral);
        model.addAttribute("person", programmes.heading(referral.personId()));
        model.addAttribute("active", activeForm);
        model.addAttribute("form", typed);
        model.addAttribute("overdue", overdue(referral.reviews()));
        // Only those who may change a referral are offered its forms; the facade refuses anyone else anyway.
        SignedInStaff me = SignedInStaff.current();
        model.addAttribute("mayChange", me.holds(Role.SUPERVISOR) || me.holds(Role.DA_SPECIALIST));
        model.addAttribute("factors", Arrays.asList(SuitabilityFactor.values()));
        model.addAttribute("pathways", Arrays.stream(ProgrammeReferral.Pathway.values())
                .map(p -> new String[]{p.name(), p.words()}).toList());
        model.addAttribute("endings", List.of(new String[]{ProgrammeReferral.Status.COMPLETED.name(), "Completed the programme"},
                new String[]{ProgrammeReferral.Status.WITHDRAWN.name(), "Withdrawn"}));
        return "offender/programme-referral";
    }

    /** The ids of the reviews overdue now: tagged red. */
    private Set<Long> overdue(List<ProgrammeReferral.Review> reviews) {
        Instant now = clock.instant();
        return reviews.stream().filter(r -> ProgrammeRules.overdue(r, now)).map(ProgrammeReferral.Review::id)
                .collect(Collectors.toSet());
    }

    private static List<String> referralFields() {
        List<String> fields = new ArrayList<>(List.of("programme"));
        Arrays.stream(SuitabilityFactor.values()).map(ProgrammeRules::field).forEach(fields::add);
        fields.add("assessmentNotes");
        return fields;
    }
}

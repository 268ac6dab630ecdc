package org.safeguard.referral.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.safeguard.directory.PartnerService;
import org.safeguard.directory.ServiceDirectory;
import org.safeguard.identity.PersonSummary;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.referral.Consent;
import org.safeguard.referral.NewReferral;
import org.safeguard.referral.Referral;
import org.safeguard.referral.ReferralAnswers;
import org.safeguard.referral.Referrals;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The referral pages: my agency's inbox (overdue first) with what I and my team sent, a referral with its steps and
 * the forms for its next moves (receive, accept with the worker, decline with a reason for the service; consent and
 * closing for the sender), and a victim's referrals with the form to make one by hand. A refused form comes back
 * with the GOV.UK error summary and what was typed; a stale version as a conflict message.
 */
@Controller
@PreAuthorize(Referrals.WORKS_REFERRALS)
class ReferralPages {

    static final String INBOX = "/referrals";

    private final Referrals referrals;
    private final ReferralAnswers answers;
    private final ServiceDirectory directory;
    private final Clock clock;

    ReferralPages(Referrals referrals, ReferralAnswers answers, ServiceDirectory directory, Clock clock) {
        this.referrals = referrals;
        this.answers = answers;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping(INBOX)
    String inbox(Model model) {
        model.addAttribute("inbox", referrals.inbox());
        model.addAttribute("sent", referrals.sent());
        model.addAttribute("now", clock.instant());
        return "referral/referrals";
    }

    @GetMapping("/referrals/{id}")
    String referral(@PathVariable String id, Model model) {
        return referralPage(ReferralForms.id(id, "referral"), Map.of(), model);
    }

    @PostMapping("/referrals/{id}/receive")
    String receive(@PathVariable String id, @RequestParam Map<String, String> typed, Model model, RedirectAttributes redirect) {
        long referral = ReferralForms.id(id, "referral");
        return act(referral, typed, model, redirect, () -> {
            answers.receive(referral, ReferralForms.version(typed));
            return "Referral received";
        });
    }

    @PostMapping("/referrals/{id}/accept")
    String accept(@PathVariable String id, @RequestParam Map<String, String> typed, Model model, RedirectAttributes redirect) {
        long referral = ReferralForms.id(id, "referral");
        return act(referral, typed, model, redirect, () -> {
            Referral accepted = answers.accept(referral, ReferralForms.version(typed), typed.get("assignedTo"));
            return "Referral accepted: " + accepted.assignedTo() + " takes it on";
        });
    }

    @PostMapping("/referrals/{id}/decline")
    String decline(@PathVariable String id, @RequestParam Map<String, String> typed, Model model, RedirectAttributes redirect) {
        long referral = ReferralForms.id(id, "referral");
        return act(referral, typed, model, redirect, () -> {
            answers.decline(referral, ReferralForms.version(typed), typed.get("declineReason"));
            return "Referral declined";
        });
    }

    @PostMapping("/referrals/{id}/close")
    String close(@PathVariable String id, @RequestParam Map<String, String> typed, Model model, RedirectAttributes redirect) {
        long referral = ReferralForms.id(id, "referral");
        return act(referral, typed, model, redirect, () -> {
            referrals.close(referral, ReferralForms.version(typed), typed.get("closeReason"));
            return "Referral closed";
        });
    }

    @PostMapping("/referrals/{id}/consent")
    String consent(@PathVariable String id, @RequestParam Map<String, String> typed, Model model, RedirectAttributes redirect) {
        long referral = ReferralForms.id(id, "referral");
        return act(referral, typed, model, redirect, () -> {
            Referral after = referrals.recordConsent(referral, ReferralForms.version(typed), typed.get("consent"),
                    typed.get("sharingJustification"));
            return "Consent recorded: " + after.consent().label().toLowerCase()
                    + (after.status().name().equals("CLOSED") ? "; the referral is closed" : "");
        });
    }

    @GetMapping("/victims/{victimId}/referrals")
    String ofVictim(@PathVariable String victimId, Model model) {
        long victim = ReferralForms.id(victimId, "person");
        model.addAttribute("victim", person(victim));
        model.addAttribute("referrals", referrals.ofVictim(victim));
        model.addAttribute("now", clock.instant());
        return "referral/victim";
    }

    @GetMapping("/victims/{victimId}/referrals/new")
    String makeForm(@PathVariable String victimId, @RequestParam(required = false) String incidentId, Model model) {
        return makePage(ReferralForms.id(victimId, "person"), incidentId == null ? Map.of() : Map.of("incidentId", incidentId),
                model);
    }

    @PostMapping("/victims/{victimId}/referrals")
    String make(@PathVariable String victimId, @RequestParam Map<String, String> typed, Model model,
                RedirectAttributes redirect) {
        long victim = ReferralForms.id(victimId, "person");
        String incident = typed.get("incidentId");
        if (incident != null && !incident.isBlank() && !incident.strip().matches("\\d{1,18}")) {
            model.addAttribute("errors", Map.of("incidentId", "The incident is not one Safeguard knows"));
            return makePage(victim, typed, model);
        }
        try {
            Referral made = referrals.make(new NewReferral(victim, typed.get("serviceId"),
                    incident == null || incident.isBlank() ? null : Long.parseLong(incident.strip()), typed.get("reason"),
                    typed.get("consent"), typed.get("sharingJustification")));
            redirect.addFlashAttribute("success", "Referred to " + made.serviceName());
            return "redirect:/referrals/" + made.id();
        } catch (InvalidRequest refused) {
            model.addAttribute("errors", refused.byField());
            return makePage(victim, typed, model);
        }
    }

    private String act(long referralId, Map<String, String> typed, Model model, RedirectAttributes redirect,
                       Supplier<String> work) {
        try {
            redirect.addFlashAttribute("success", work.get());
            return "redirect:/referrals/" + referralId;
        } catch (InvalidRequest refused) {
            if (refused.byField().containsKey("status")) {
                redirect.addFlashAttribute("conflict", refused.byField().get("status"));
                return "redirect:/referrals/" + referralId;
            }
            model.addAttribute("errors", refused.byField());
            return referralPage(referralId, typed, model);
        } catch (ConcurrentEdit changed) {
            redirect.addFlashAttribute("conflict", changed.getMessage());
            return "redirect:/referrals/" + referralId;
        }
    }

    private String referralPage(long id, Map<String, String> typed, Model model) {
        Referral referral = referrals.get(id);
        model.addAttribute("referral", referral);
        model.addAttribute("steps", referrals.steps(id));
        model.addAttribute("service", directory.find(referral.serviceId()).orElse(null));
        model.addAttribute("answers", answers.answersFor(referral));
        model.addAttribute("sends", referrals.sendsFor(referral));
        model.addAttribute("workers", answers.workers(id).stream()
                .map(a -> new String[]{a.username(), a.displayName()}).toList());
        model.addAttribute("consents", consents());
        model.addAttribute("form", typed);
        model.addAttribute("now", clock.instant());
        return "referral/referral";
    }

    private String makePage(long victimId, Map<String, String> typed, Model model) {
        model.addAttribute("victim", person(victimId));
        model.addAttribute("services", directory.all().stream().filter(PartnerService::active)
                .map(s -> new String[]{Long.toString(s.id()), s.kind().label() + ": " + s.name()}).toList());
        model.addAttribute("consents", consents());
        model.addAttribute("form", typed);
        return "referral/new";
    }

    private PersonSummary person(long id) {
        return referrals.victim(id);
    }

    private static List<String[]> consents() {
        return Arrays.stream(Consent.values()).map(c -> new String[]{c.name(), c.label()}).toList();
    }
}

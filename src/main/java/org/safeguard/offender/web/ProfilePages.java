package org.safeguard.offender.web;

import java.time.Clock;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;
import org.safeguard.offender.PerpetratorProfile;
import org.safeguard.offender.Perpetrators;
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
 * A perpetrator's profile, and marking a person as a member of staff. A restricted profile refused to the
 * reader gets a page saying who can open it (the facade has audited the attempt).
 */
@Controller
class ProfilePages {

    static final Pattern ID = Pattern.compile("\\d{1,18}");

    private final Perpetrators perpetrators;
    private final Clock clock;

    ProfilePages(Perpetrators perpetrators, Clock clock) {
        this.perpetrators = perpetrators;
        this.clock = clock;
    }

    @GetMapping("/offenders/{id}")
    String profile(@PathVariable String id, Model model, HttpServletResponse response) {
        try {
            PerpetratorProfile profile = perpetrators.profile(id(id));
            model.addAttribute("profile", profile);
            model.addAttribute("now", clock.instant());
            return "offender/profile";
        } catch (Perpetrators.RestrictedRecord restricted) {
            return restricted(restricted, model, response);
        }
    }

    @GetMapping("/offenders/{id}/staff")
    String staffForm(@PathVariable String id, Model model, HttpServletResponse response) {
        return staffPage(id(id), Map.of(), model, response);
    }

    @PostMapping("/offenders/{id}/staff")
    String markStaff(@PathVariable String id, @RequestParam Map<String, String> typed, Model model,
                     HttpServletResponse response, RedirectAttributes redirect) {
        long personId = id(id);
        try {
            perpetrators.markStaff(personId, typed.get("reason"));
        } catch (InvalidRequest refused) {
            model.addAttribute("errors", refused.byField());
            return staffPage(personId, typed, model, response);
        }
        redirect.addFlashAttribute("success", "Their records are now restricted to professional standards and the specialist team");
        return "redirect:/offenders/" + personId;
    }

    private String staffPage(long personId, Map<String, String> typed, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("profile", perpetrators.profile(personId));
        } catch (Perpetrators.RestrictedRecord restricted) {
            return restricted(restricted, model, response);
        }
        model.addAttribute("form", typed);
        return "offender/staff";
    }

    private static String restricted(Perpetrators.RestrictedRecord restricted, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("message", restricted.getMessage());
        return "offender/restricted";
    }

    /** An id in a page's address; anything that is not one is a page that does not exist. */
    static long id(String typed) {
        if (typed == null || !ID.matcher(typed).matches()) {
            throw new RecordNotFound("person", typed);
        }
        return Long.parseLong(typed);
    }
}

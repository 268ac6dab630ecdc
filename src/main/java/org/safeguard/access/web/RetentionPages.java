package org.safeguard.access.web;

import java.util.List;
import java.util.Map;


import jakarta.servlet.http.HttpServletResponse;
import org.safeguard.access.RetentionReviews;
import org.safeguard.access.Role;
import org.safeguard.access.SignedInStaff;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.shell.UkTime;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The retention review page: the records of the reader's agency and team due for review, by type, each with "Keep,
 * review again on …" and a reason. There is no delete; the page says what happens to a record that should go.
 */
@Controller
class RetentionPages {

    static final String PAGE = "/retention";

    private final RetentionReviews reviews;
    private final UkTime ukTime;

    RetentionPages(RetentionReviews reviews, UkTime ukTime) {
        this.reviews = reviews;
        this.ukTime = ukTime;
    }

    @GetMapping(PAGE)
    String due(@AuthenticationPrincipal SignedInStaff staff, Model model) {
        return page(staff, "", Map.of(), model);
    }

    @PostMapping(PAGE + "/{type}/{id}/keep")
    String keep(@PathVariable String type, @PathVariable String id, @RequestParam(required = false) String reason,
                @AuthenticationPrincipal SignedInStaff staff, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        // An id that is not a number is no record (ids start at 1): the facade checks the role first, then finds none.
        Long parsed = FormNumbers.parse(id);
        long recordId = parsed == null ? 0 : parsed;
        try {
            RetentionReviews.KeptRecord kept = reviews.keep(type, recordId, reason);
            redirect.addFlashAttribute("success", "Record kept. It will be reviewed again on "
                    + ukTime.day(kept.nextReviewOn()));
            return "redirect:" + PAGE;
        } catch (InvalidRequest refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", refused.byField());
            return page(staff, type + "-" + recordId, Map.of("reason", reason == null ? "" : reason), model);
        }
    }

    private String page(SignedInStaff staff, String active, Map<String, String> typed, Model model) {
        List<RetentionReviews.DueSection> sections = reviews.dueForMyTeam();
        model.addAttribute("sections", sections);
        model.addAttribute("mayKeep", staff.roles().contains(Role.SUPERVISOR) || staff.roles().contains(Role.DA_SPECIALIST));
        model.addAttribute("active", active);
        model.addAttribute("form", typed);
        return "access/retention";
    }
}

package org.safeguard.audit.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.safeguard.audit.AuditTrail;
import org.safeguard.audit.UserActivity;
import org.safeguard.audit.rules.ActivityPeriod;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.shell.TypedDates;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Professional standards' report of everything one user did in a period: {@code /audit/activity?user=…&from=…&to=…}
 * (the page) and {@code /audit/activity.csv} (the same rows to download). Wrong dates come back as the page with
 * the error summary (status 400); a username nobody has used comes back as the page saying so (status 404).
 */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasAnyRole('PROFESSIONAL_STANDARDS','ADMIN')")
class ActivityPages {

    private final AuditTrail audit;
    private final Clock clock;

    ActivityPages(AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/activity")
    String report(@RequestParam(required = false) String user, @RequestParam(required = false) String from,
                  @RequestParam(required = false) String to, Model model, HttpServletResponse response) {
        model.addAttribute("form", form(user, from, to));
        model.addAttribute("errors", Map.of());
        model.addAttribute("mostRows", ActivityPeriod.MOST_ROWS);
        model.addAttribute("longestDays", ActivityPeriod.LONGEST_DAYS);
        if (user == null) {
            return "audit/activity";
        }
        try {
            UserActivity activity = audit.activityOf(user, period(from, to), false);
            model.addAttribute("activity", activity);
            if (!activity.known()) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (InvalidRequest refused) {
            model.addAttribute("errors", refused.byField());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return "audit/activity";
    }

    @GetMapping("/activity.csv")
    Object download(@RequestParam(required = false) String user, @RequestParam(required = false) String from,
                    @RequestParam(required = false) String to, Model model, HttpServletResponse response) {
        UserActivity activity;
        try {
            activity = audit.activityOf(user, period(from, to), true);
        } catch (InvalidRequest refused) {
            return new ModelAndView(report(user, from, to, model, response));
        }
        if (!activity.known()) {
            return new ModelAndView(report(user, from, to, model, response));
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(ActivityCsv.filename(activity)).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(ActivityCsv.write(activity));
    }

    private ActivityPeriod period(String from, String to) {
        LocalDate start = TypedDates.date(from);
        LocalDate end = TypedDates.date(to);
        InvalidRequest.Check check = new InvalidRequest.Check()
                .require(blank(from) || start != null, "from", "Enter the start date as a real date, for example 1/3/2026")
                .require(blank(to) || end != null, "to", "Enter the end date as a real date, for example 31/3/2026");
        check.throwIfAny();
        return ActivityPeriod.between(start, end, LocalDate.now(clock));
    }

    private static Map<String, String> form(String user, String from, String to) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("user", user == null ? "" : user);
        form.put("from", from == null ? "" : from);
        form.put("to", to == null ? "" : to);
        return form;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

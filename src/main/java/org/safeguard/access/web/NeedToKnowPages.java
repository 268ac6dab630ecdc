package org.safeguard.access.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.safeguard.access.AccessRequest;
import org.safeguard.access.BreakGlass;
import org.safeguard.access.RecordAccess;
import org.safeguard.access.RecordType;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.platform.RecordNotFound;
import org.safeguard.shell.UkTime;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Asking for access (and answering), breaking the glass (and reviewing it), and the notices staff are sent.
 */
@Controller
class NeedToKnowPages {

    static final String REQUESTS = "/access/requests";
    static final String BREAK_GLASS = "/access/break-glass";
    static final String NOTICES = "/access/notices";

    private final RecordAccess access;
    private final UkTime ukTime;

    NeedToKnowPages(RecordAccess access, UkTime ukTime) {
        this.access = access;
        this.ukTime = ukTime;
    }

    // ---- Access requests

    @GetMapping(REQUESTS)
    String requests(Model model) {
        return requestsPage(null, Map.of(), model);
    }

    @PostMapping(REQUESTS)
    String requestAccess(@RequestParam Map<String, String> typed, Model model, HttpServletResponse response,
                         RedirectAttributes redirect) {
        RecordType type = recordType(typed.get("recordType"));
        long personId = number(typed.get("personId"));
        try {
            AccessRequest sent = access.requestAccess(type, personId, typed.get("reason"));
            redirect.addFlashAttribute("success", "Your request was sent" + (sent.sentTo() == null
                    ? " to the domestic abuse specialist team's supervisors" : " to " + sent.sentTo()));
            return "redirect:" + REQUESTS;
        } catch (RecordNotFound missing) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("personId", typed.get("personId"));
            return "access/no-record";
        } catch (InvalidRequest refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return askAgain("request", type, personId, typed, refused, model);
        }
    }

    @PostMapping(REQUESTS + "/{id}")
    String answer(@PathVariable String id, @RequestParam Map<String, String> typed, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        long requestId = number(id);
        String decision = typed.get("decision");
        try {
            if (!"GRANT".equals(decision) && !"REFUSE".equals(decision)) {
                throw InvalidRequest.of("decision", "Select whether to grant or refuse access");
            }
            AccessRequest answered = access.answer(requestId, "GRANT".equals(decision), typed.get("note"),
                    version(typed.get("version")));
            redirect.addFlashAttribute("success", (answered.status() == AccessRequest.Status.GRANTED ? "Access granted to "
                    : "Access refused to ") + answered.requestedBy());
        } catch (InvalidRequest refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", refused.byField());
            return requestsPage(requestId, typed, model);
        } catch (ConcurrentEdit changed) {
            redirect.addFlashAttribute("conflict", changed.getMessage());
        }
        return "redirect:" + REQUESTS;
    }

    private String requestsPage(Long failed, Map<String, String> typed, Model model) {
        model.addAttribute("toAnswer", access.requestsToAnswer());
        model.addAttribute("mine", access.myRequests());
        model.addAttribute("failed", failed);
        model.addAttribute("form", typed);
        return "access/requests";
    }

    // ---- Break-glass

    @PostMapping(BREAK_GLASS)
    String breakGlass(@RequestParam Map<String, String> typed, Model model, HttpServletResponse response,
                      RedirectAttributes redirect) {
        RecordType type = recordType(typed.get("recordType"));
        long personId = number(typed.get("personId"));
        String back = ReturnPath.safe(typed.get("returnTo"));
        try {
            BreakGlass opened = access.breakGlass(type, personId, typed.get("reason"));
            redirect.addFlashAttribute("success", "You have opened this record in an emergency until "
                    + ukTime.moment(opened.until()) + ". Your reason has been sent to a supervisor.");
            return "redirect:" + back;
        } catch (RecordNotFound missing) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("personId", typed.get("personId"));
            return "access/no-record";
        } catch (InvalidRequest refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return askAgain("breakGlass", type, personId, typed, refused, model);
        }
    }

    @GetMapping(BREAK_GLASS)
    String reviewQueue(Model model) {
        return queuePage(null, Map.of(), model);
    }

    @PostMapping(BREAK_GLASS + "/{id}")
    String review(@PathVariable String id, @RequestParam Map<String, String> typed, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        long breakGlassId = number(id);
        try {
            BreakGlass reviewed = access.review(breakGlassId, review(typed.get("review")), typed.get("note"),
                    version(typed.get("version")));
            redirect.addFlashAttribute("success", "Break-glass by " + reviewed.openedBy() + " marked "
                    + (reviewed.review() == BreakGlass.Review.JUSTIFIED ? "justified" : "not justified"));
        } catch (InvalidRequest refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", refused.byField());
            return queuePage(breakGlassId, typed, model);
        } catch (ConcurrentEdit changed) {
            redirect.addFlashAttribute("conflict", changed.getMessage());
        }
        return "redirect:" + BREAK_GLASS;
    }

    private String queuePage(Long failed, Map<String, String> typed, Model model) {
        model.addAttribute("queue", access.reviewQueue());
        model.addAttribute("failed", failed);
        model.addAttribute("form", typed);
        return "access/break-glass";
    }

    // ---- Notices

    @GetMapping(NOTICES)
    String notices(Model model) {
        model.addAttribute("notices", access.myNotices());
        return "access/notices";
    }

    // ---- Shared

    /** The request-access or break-glass form again, with what was typed and what is wrong. */
    private String askAgain(String which, RecordType type, long personId, Map<String, String> typed,
                            InvalidRequest refused, Model model) {
        model.addAttribute("errors", refused.byField());
        model.addAttribute("which", which);
        model.addAttribute("decision", access.decide(type, personId));
        model.addAttribute("reason", typed.getOrDefault("reason", ""));
        model.addAttribute("returnTo", ReturnPath.safe(typed.get("returnTo")));
        return "access/ask";
    }

    private static RecordType recordType(String typed) {
        for (RecordType type : RecordType.values()) {
            if (type.name().equals(typed)) {
                return type;
            }
        }
        throw new RecordNotFound("record type", typed);
    }

    private static BreakGlass.Review review(String typed) {
        for (BreakGlass.Review review : BreakGlass.Review.values()) {
            if (review.name().equals(typed)) {
                return review;
            }
        }
        return null;
    }

    /** An id from a form or path; a malformed one matches no record. */
    private static long number(String typed) {
        return typed != null && typed.strip().matches("\\d{1,18}") ? Long.parseLong(typed.strip()) : -1L;
    }

    /** The hidden version field; -1 (which nothing has) when missing or altered, so saving is refused as stale. */
    private static int version(String typed) {
        return typed != null && typed.strip().matches("\\d{1,9}") ? Integer.parseInt(typed.strip()) : -1;
    }
}

package org.safeguard.access.web;

import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

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
        return ask("request", typed, model, response, (type, personId) -> {
            AccessRequest sent = access.requestAccess(type, personId, typed.get("reason"));
            redirect.addFlashAttribute("success", "Your request was sent" + (sent.sentTo() == null
                    ? " to the domestic abuse specialist team's supervisors" : " to " + sent.sentTo()));
            return "redirect:" + REQUESTS;
        });
    }

    @PostMapping(REQUESTS + "/{id}")
    String answer(@PathVariable String id, @RequestParam Map<String, String> typed, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        long requestId = number(id);
        String decision = typed.get("decision");
        return saveOnList(REQUESTS, () -> {
            if (!"GRANT".equals(decision) && !"REFUSE".equals(decision)) {
                throw InvalidRequest.of("decision", "Select whether to grant or refuse access");
            }
            AccessRequest answered = access.answer(requestId, "GRANT".equals(decision), typed.get("note"),
                    version(typed.get("version")));
            return (answered.status() == AccessRequest.Status.GRANTED ? "Access granted to " : "Access refused to ")
                    + answered.requestedBy();
        }, () -> requestsPage(requestId, typed, model), model, response, redirect);
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
        return ask("breakGlass", typed, model, response, (type, personId) -> {
            BreakGlass opened = access.breakGlass(type, personId, typed.get("reason"));
            redirect.addFlashAttribute("success", "You have opened this record in an emergency until "
                    + ukTime.moment(opened.until()) + (opened.supervisorTold() != null
                    ? ". Your reason has been sent to a supervisor, who will judge whether it was justified."
                    : ". It waits in the break-glass review queue, where a supervisor will judge whether it was justified."));
            return "redirect:" + ReturnPath.safe(typed.get("returnTo"));
        });
    }

    @GetMapping(BREAK_GLASS)
    String reviewQueue(Model model) {
        return queuePage(null, Map.of(), model);
    }

    @PostMapping(BREAK_GLASS + "/{id}")
    String review(@PathVariable String id, @RequestParam Map<String, String> typed, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        long breakGlassId = number(id);
        return saveOnList(BREAK_GLASS, () -> {
            BreakGlass reviewed = access.review(breakGlassId, review(typed.get("review")), typed.get("note"),
                    version(typed.get("version")));
            return "Break-glass by " + reviewed.openedBy() + " marked "
                    + (reviewed.review() == BreakGlass.Review.JUSTIFIED ? "justified" : "not justified");
        }, () -> queuePage(breakGlassId, typed, model), model, response, redirect);
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

    /**
     * Sends a request-access or break-glass form: an unknown person is the 'no such record' page (404); a refusal
     * shows the form again with what was typed and what is wrong (400).
     */
    private String ask(String which, Map<String, String> typed, Model model, HttpServletResponse response,
                       BiFunction<RecordType, Long, String> send) {
        RecordType type = recordType(typed.get("recordType"));
        long personId = number(typed.get("personId"));
        try {
            return send.apply(type, personId);
        } catch (RecordNotFound missing) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("personId", typed.get("personId"));
            return "access/no-record";
        } catch (InvalidRequest refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", refused.byField());
            model.addAttribute("which", which);
            model.addAttribute("decision", access.decide(type, personId));
            model.addAttribute("reason", typed.getOrDefault("reason", ""));
            model.addAttribute("returnTo", ReturnPath.safe(typed.get("returnTo")));
            return "access/ask";
        }
    }

    /** Saves an answer given on a list page: success flashed; a refusal shows the list again (400); a stale version flashed. */
    private static String saveOnList(String list, Supplier<String> save, Supplier<String> listAgain, Model model,
                                     HttpServletResponse response, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("success", save.get());
        } catch (InvalidRequest refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", refused.byField());
            return listAgain.get();
        } catch (ConcurrentEdit changed) {
            redirect.addFlashAttribute("conflict", changed.getMessage());
        }
        return "redirect:" + list;
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

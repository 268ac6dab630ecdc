package org.safeguard.access.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.safeguard.access.AccessDecision;
import org.safeguard.access.RecordLocked;
import org.safeguard.shell.ProblemWriter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * A record the reader may see only as existing: the API answers problem JSON 403; a page shows the locked-down view
 * (status 403) with the agencies working with the person, 'request access' and, where allowed, break-glass. The page
 * is rendered by a forward, so the layout gets its navigation as on any page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class LockedRecords {

    static final String DECISION = LockedRecords.class.getName() + ".decision";
    private static final String LOCKED_PATH = "/access/locked";

    private final ProblemWriter problems;

    LockedRecords(ProblemWriter problems) {
        this.problems = problems;
    }

    @ExceptionHandler(RecordLocked.class)
    ModelAndView locked(RecordLocked locked, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (ProblemWriter.isApiRequest(request.getRequestURI())) {
            problems.write(request, response, HttpStatus.FORBIDDEN, locked.getMessage()
                    + ". Ask the record's owner for access on the record's page.");
            return null;
        }
        request.setAttribute(DECISION, locked.decision());
        // The status is set here as well as on the page forwarded to, so whatever does not follow forwards sees it.
        response.setStatus(HttpStatus.FORBIDDEN.value());
        return new ModelAndView("forward:" + LOCKED_PATH);
    }

    /** The locked-down view, reached only by the forward above (directly: nothing to show). */
    @Controller
    static class LockedPage {

        @RequestMapping(LOCKED_PATH)
        String page(HttpServletRequest request, HttpServletResponse response, Model model) {
            if (!(request.getAttribute(DECISION) instanceof AccessDecision decision)) {
                return "redirect:/";
            }
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("decision", decision);
            Object original = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
            model.addAttribute("returnTo", ReturnPath.safe(original == null ? null : original.toString()));
            return "access/locked";
        }
    }
}

package org.safeguard.access.security;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.safeguard.shell.ErrorPages;
import org.safeguard.shell.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * What a refused request gets back. The API gets problem JSON (401 or 403); a page gets the GOV.UK
 * 403 page, which explains an expired form (a missing or stale CSRF token) separately.
 */
class RefusalResponses {

    private final ProblemWriter problems;

    RefusalResponses(ProblemWriter problems) {
        this.problems = problems;
    }

    AuthenticationEntryPoint apiSignInRequired() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Safeguard API\", charset=\"UTF-8\"");
            problems.write(request, response, HttpStatus.UNAUTHORIZED, unauthorisedDetail(exception));
        };
    }

    AccessDeniedHandler apiDenied() {
        return (request, response, denied) ->
                problems.write(request, response, HttpStatus.FORBIDDEN, "You do not have access to this.");
    }

    AccessDeniedHandler pageDenied() {
        return this::showForbiddenPage;
    }

    private void showForbiddenPage(HttpServletRequest request, HttpServletResponse response,
                                   AccessDeniedException denied) throws IOException, ServletException {
        request.setAttribute(ErrorPages.EXPIRED_FORM, denied instanceof CsrfException);
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.FORBIDDEN.value());
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
        response.setStatus(HttpStatus.FORBIDDEN.value());
        request.getRequestDispatcher("/error").forward(request, response);
    }

    private static String unauthorisedDetail(AuthenticationException exception) {
        if (exception instanceof ApiSignIn.SecondFactorRequired secondFactor) {
            return secondFactor.getMessage();
        }
        return exception instanceof org.springframework.security.authentication.LockedException
                ? "Too many failed sign-ins for this username. Wait, then try again."
                : "Sign in to use the API: send a staff username and password with HTTP Basic authentication.";
    }
}

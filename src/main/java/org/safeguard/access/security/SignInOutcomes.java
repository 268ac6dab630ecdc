package org.safeguard.access.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a refused sign-in back to the form with the reason. A wrong password and an unknown
 * username give the same reason; so does a locked made-up username and a locked real one.
 */
class SignInOutcomes implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        response.sendRedirect(request.getContextPath() + "/sign-in?error=" + reason(request, exception));
    }

    private static String reason(HttpServletRequest request, AuthenticationException exception) {
        if (exception instanceof LockedException) {
            return "locked";
        }
        if (exception instanceof DisabledException) {
            return "disabled";
        }
        boolean noUsername = isBlank(request.getParameter("username"));
        boolean noPassword = isBlank(request.getParameter("password"));
        if (noUsername && noPassword) {
            return "missing-both";
        }
        if (noUsername) {
            return "missing-username";
        }
        if (noPassword) {
            return "missing-password";
        }
        return "credentials";
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}

package org.safeguard.security;

import java.net.URI;

import org.springframework.mock.web.MockHttpServletResponse;

/**
 * What an endpoint did with a caller. Refused: 401, 403, or sent to sign in. Reached: anything else but a
 * server error, which is a bug whoever called (the handler was reached and broke on input it should refuse).
 */
enum Outcome {
    ALLOW, DENY, SERVER_ERROR;

    static Outcome of(MockHttpServletResponse response) {
        int status = response.getStatus();
        if (status == 401 || status == 403) {
            return DENY;
        }
        if (status >= 300 && status < 400 && sentToSignIn(response.getRedirectedUrl())) {
            return DENY;
        }
        return status >= 500 ? SERVER_ERROR : ALLOW;
    }

    /** The entry point's redirect to the sign-in page itself; {@code /sign-in?error} is an answer, not a refusal. */
    private static boolean sentToSignIn(String location) {
        if (location == null) {
            return false;
        }
        URI uri = URI.create(location);
        return "/sign-in".equals(uri.getPath()) && uri.getQuery() == null;
    }

    /** As the expectations file writes it. */
    String written() {
        return name().toLowerCase();
    }
}

package org.safeguard.platform;

import org.slf4j.MDC;

/**
 * What the logs and the audit log know about the HTTP request being served: its id (also sent
 * back to the caller in the {@code X-Request-Id} header) and the signed-in user's name.
 */
public final class RequestContext {

    /** Logging-context key of the request id. */
    public static final String ID_KEY = "requestId";

    /** Logging-context key of the signed-in user's name, set once the user is known. */
    public static final String USER_KEY = "user";

    /** The header a caller may send with its own id, and always receives back. */
    public static final String ID_HEADER = "X-Request-Id";

    private RequestContext() {
    }

    /** The current request's id, or null outside a request (a command, a scheduled job). */
    public static String id() {
        return MDC.get(ID_KEY);
    }

    /** Records who is making the current request, for the request log line. */
    public static void signedInAs(String username) {
        MDC.put(USER_KEY, username);
    }
}

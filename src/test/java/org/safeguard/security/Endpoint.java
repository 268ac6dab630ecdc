package org.safeguard.security;

import java.lang.reflect.Method;

/**
 * One way in: an HTTP method and a path pattern as Spring MVC maps it, with the handler method when
 * a controller answers it (none for what a security filter answers, such as posting the sign-in form).
 */
record Endpoint(String method, String pattern, Method handler) implements Comparable<Endpoint> {

    /** How the expectations file names it: {@code GET /cases/{id}}. */
    String key() {
        return method + " " + pattern;
    }

    /** The JSON API and operations endpoints: HTTP Basic, no session, no CSRF token. */
    boolean api() {
        return pattern.startsWith("/api/") || pattern.equals("/actuator") || pattern.startsWith("/actuator/");
    }

    boolean writes() {
        return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
    }

    @Override
    public int compareTo(Endpoint other) {
        int byPattern = pattern.compareTo(other.pattern);
        return byPattern != 0 ? byPattern : method.compareTo(other.method);
    }

    @Override
    public String toString() {
        return key();
    }
}

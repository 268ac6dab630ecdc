package org.safeguard.shell;

/** Request attributes other modules set before an error page is shown. */
public final class ErrorPages {

    /** Set (to true) when a form was refused because its CSRF token was missing or stale. */
    public static final String EXPIRED_FORM = "org.safeguard.shell.expiredForm";

    private ErrorPages() {
    }
}

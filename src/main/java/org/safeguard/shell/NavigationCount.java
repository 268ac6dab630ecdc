package org.safeguard.shell;

/**
 * How many things wait behind a navigation link (pairs to review, say), shown after its label as
 * "Who is who (3)". Counted on every page for the users who see the link, so it must be cheap.
 */
public interface NavigationCount {

    /** The path of the {@link NavigationLink} the number belongs to. */
    String path();

    int count();
}

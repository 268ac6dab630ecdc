package org.safeguard.safeguarding;

import java.util.Optional;

/**
 * How another module adds a section to the signed-in user's board (referrals overdue, MARAC actions) without
 * safeguarding knowing it: declare a bean implementing this. It runs as the user viewing the board; one that fails
 * is shown as "could not be shown" and never breaks the board; one the user may not read is left out.
 */
public interface BoardSectionContributor {

    /** Sections come in this order, smallest first, after the board's own. */
    default int order() {
        return 100;
    }

    /** The section for the signed-in user, or empty when the module has nothing for them. */
    Optional<BoardSection> section();
}

package org.safeguard.safeguarding;

import java.time.Instant;

/**
 * The victim's single point of contact: a named member of staff, how to reach them, since when, and
 * whether they hold the case only until the specialist team is back on duty.
 */
public record Spoc(String username, String name, String team, String contactRoute, Instant since,
                   boolean awaitingHandover) {

    /** "DC Jordan Hale, Domestic Abuse Investigation and Safeguarding Unit, jordan.hale@…". */
    public String inWords() {
        return name + (team == null ? "" : ", " + team) + (contactRoute == null ? "" : ", " + contactRoute)
                + (awaitingHandover ? " (out of hours, until the specialist team is back)" : "");
    }
}

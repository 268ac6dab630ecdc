package org.safeguard.marac;

import java.time.LocalDate;

/** An action as the meeting agreed it: what, the owning agency (its code), the named owner (a username), the due date. */
public record NewMaracAction(String description, String ownerAgency, String owner, LocalDate dueOn) {
}

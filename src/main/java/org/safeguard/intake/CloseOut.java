package org.safeguard.intake;

import java.time.Instant;

/** The supervisor's close-out checklist as completed. {@code childrenSafeguarded} is null when there were no children. */
public record CloseOut(boolean victimSafe, boolean suspectDealtWith, String suspectReason, boolean riskAssessed,
                       String riskReason, Boolean childrenSafeguarded, String childrenReason,
                       boolean positiveActionRecorded, String closedBy, Instant closedAt) {
}

package org.safeguard.intake;

/**
 * The close-out checklist as typed: each item is done ("yes") or has a reason why not.
 * Booleans are null when the question was not answered.
 */
public record NewCloseOut(Boolean victimSafe, Boolean suspectDealtWith, String suspectReason, Boolean riskAssessed,
                          String riskReason, Boolean childrenSafeguarded, String childrenReason,
                          Boolean positiveActionRecorded, int version) {
}

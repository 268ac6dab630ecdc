package org.safeguard.intake.rules;

import org.safeguard.intake.Incident;
import org.safeguard.intake.NewCloseOut;
import org.safeguard.intake.PartyRole;
import org.safeguard.platform.InvalidRequest;

/**
 * The supervisor's close-out checklist (issue 3): victim safe; suspect dealt with, or why not; risk
 * assessment done, or why not; children safeguarded or referred, or why not (when there are children);
 * positive action recorded. An incident cannot be closed until every item is answered.
 */
public final class CloseOutChecklist {

    private static final String REASON_TOO_LONG = "Reasons must be 1,000 characters or fewer";

    private CloseOutChecklist() {
    }

    public static boolean hasChildren(Incident incident) {
        return incident.childrenPresent() > 0 || incident.childrenLiving() > 0
                || !incident.partiesIn(PartyRole.CHILD).isEmpty();
    }

    public static void check(NewCloseOut closeOut, Incident incident, boolean attendanceRecorded, boolean deployed) {
        InvalidRequest.Check check = new InvalidRequest.Check()
                .require(Boolean.TRUE.equals(closeOut.victimSafe()), "victimSafe",
                        "Confirm the victim is safe: an incident cannot be closed while they are not")
                .require(closeOut.suspectDealtWith() != null, "suspectDealtWith", "Select whether the suspect has been dealt with")
                .require(!Boolean.FALSE.equals(closeOut.suspectDealtWith()) || notBlank(closeOut.suspectReason()),
                        "suspectReason", "Give the reason the suspect has not been dealt with")
                .require(closeOut.riskAssessed() != null, "riskAssessed", "Select whether the risk assessment is done")
                .require(!Boolean.FALSE.equals(closeOut.riskAssessed()) || notBlank(closeOut.riskReason()),
                        "riskReason", "Give the reason there is no risk assessment")
                .require(Boolean.TRUE.equals(closeOut.positiveActionRecorded()), "positiveActionRecorded",
                        "Confirm the positive action taken is recorded")
                .require(!deployed || attendanceRecorded, "positiveActionRecorded",
                        "Record the attendance (and the positive action taken) before closing");
        if (hasChildren(incident)) {
            check.require(closeOut.childrenSafeguarded() != null, "childrenSafeguarded",
                            "Select whether the children have been safeguarded or referred")
                    .require(!Boolean.FALSE.equals(closeOut.childrenSafeguarded()) || notBlank(closeOut.childrenReason()),
                            "childrenReason", "Give the reason the children have not been safeguarded or referred");
        }
        check.require(withinLimit(closeOut.suspectReason()), "suspectReason", REASON_TOO_LONG)
                .require(withinLimit(closeOut.riskReason()), "riskReason", REASON_TOO_LONG)
                .require(withinLimit(closeOut.childrenReason()), "childrenReason", REASON_TOO_LONG);
        check.throwIfAny();
    }

    private static boolean withinLimit(String reason) {
        return reason == null || reason.length() <= 1000;
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}

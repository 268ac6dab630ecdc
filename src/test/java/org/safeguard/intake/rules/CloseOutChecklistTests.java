package org.safeguard.intake.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguard.intake.Channel;
import org.safeguard.intake.Grade;
import org.safeguard.intake.Incident;
import org.safeguard.intake.IncidentStatus;
import org.safeguard.intake.NewCloseOut;
import org.safeguard.intake.PartyRole;
import org.safeguard.intake.Relationship;
import org.safeguard.platform.InvalidRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

/**
 * The supervisor's close-out checklist (issue 3): victim safe; suspect dealt with or why not; risk assessment
 * done or why not; children safeguarded or referred or why not, when there are children; positive action recorded.
 */
class CloseOutChecklistTests {

    private static final Incident.Party VICTIM = new Incident.Party(1, PartyRole.VICTIM, "Alex Morgan",
            LocalDate.of(1990, 4, 2), "07700900123");
    private static final Incident.Party SUSPECT = new Incident.Party(2, PartyRole.SUSPECT, "Jordan Reed",
            LocalDate.of(1988, 11, 20), null);
    private static final Incident.Party CHILD = new Incident.Party(3, PartyRole.CHILD, "Sam Morgan",
            LocalDate.of(2019, 2, 1), null);

    private static final Incident NO_CHILDREN = incident(0, 0, List.of(VICTIM, SUSPECT));

    private static Incident incident(int childrenPresent, int childrenLiving, List<Incident.Party> parties) {
        return new Incident(41, "INC-2025-000041", Instant.parse("2025-06-14T20:00:00Z"), Channel.EMERGENCY_999,
                "Alex Morgan", "07700900123", "Flat 2, 10 High Street", 7L, "Stevenage", Relationship.CURRENT_PARTNER,
                true, true, true, childrenPresent, childrenLiving, null, false, true, true, Grade.IMMEDIATE,
                "Threats to kill", false, false, IncidentStatus.OPEN, "call.handler", null, null, 3, parties);
    }

    /** Every item answered "yes", as a supervisor ticks it when all is done. */
    private static final class Answers {
        Boolean victimSafe = true;
        Boolean suspectDealtWith = true;
        String suspectReason;
        Boolean riskAssessed = true;
        String riskReason;
        Boolean childrenSafeguarded;
        String childrenReason;
        Boolean positiveActionRecorded = true;

        NewCloseOut typed() {
            return new NewCloseOut(victimSafe, suspectDealtWith, suspectReason, riskAssessed, riskReason,
                    childrenSafeguarded, childrenReason, positiveActionRecorded, 3);
        }
    }

    private static void closes(Answers answers, Incident incident) {
        assertThatNoException().isThrownBy(() -> CloseOutChecklist.check(answers.typed(), incident, true, true));
    }

    private static InvalidRequest refused(Answers answers, Incident incident, boolean attendanceRecorded, boolean deployed) {
        InvalidRequest refused = catchThrowableOfType(InvalidRequest.class,
                () -> CloseOutChecklist.check(answers.typed(), incident, attendanceRecorded, deployed));
        assertThat(refused).as("closing should have been refused").isNotNull();
        return refused;
    }

    private static InvalidRequest refused(Answers answers, Incident incident) {
        return refused(answers, incident, true, true);
    }

    @Test
    void aCompleteChecklistClosesTheIncident() {
        closes(new Answers(), NO_CHILDREN);
    }

    @Test
    void anIncidentCannotBeClosedWhileTheVictimIsNotSafe() {
        Answers answers = new Answers();
        answers.victimSafe = false;

        assertThat(refused(answers, NO_CHILDREN).byField()).containsExactly(
                entry("victimSafe", "Confirm the victim is safe: an incident cannot be closed while they are not"));
    }

    @Test
    void anIncidentCannotBeClosedWithoutSayingTheVictimIsSafe() {
        Answers answers = new Answers();
        answers.victimSafe = null;

        assertThat(refused(answers, NO_CHILDREN).byField()).containsOnlyKeys("victimSafe");
    }

    @Test
    void whetherTheSuspectWasDealtWithMustBeAnswered() {
        Answers answers = new Answers();
        answers.suspectDealtWith = null;

        assertThat(refused(answers, NO_CHILDREN).byField())
                .containsExactly(entry("suspectDealtWith", "Select whether the suspect has been dealt with"));
    }

    @Test
    void aSuspectNotDealtWithNeedsTheReason() {
        Answers answers = new Answers();
        answers.suspectDealtWith = false;
        answers.suspectReason = " ";

        assertThat(refused(answers, NO_CHILDREN).byField())
                .containsExactly(entry("suspectReason", "Give the reason the suspect has not been dealt with"));
    }

    @Test
    void aSuspectNotDealtWithIsAcceptedWithTheReason() {
        Answers answers = new Answers();
        answers.suspectDealtWith = false;
        answers.suspectReason = "Suspect abroad; wanted marker on PNC";

        closes(answers, NO_CHILDREN);
    }

    @Test
    void whetherTheRiskAssessmentIsDoneMustBeAnswered() {
        Answers answers = new Answers();
        answers.riskAssessed = null;

        assertThat(refused(answers, NO_CHILDREN).byField())
                .containsExactly(entry("riskAssessed", "Select whether the risk assessment is done"));
    }

    @Test
    void noRiskAssessmentNeedsTheReason() {
        Answers answers = new Answers();
        answers.riskAssessed = false;

        assertThat(refused(answers, NO_CHILDREN).byField())
                .containsExactly(entry("riskReason", "Give the reason there is no risk assessment"));
    }

    @Test
    void noRiskAssessmentIsAcceptedWithTheReason() {
        Answers answers = new Answers();
        answers.riskAssessed = false;
        answers.riskReason = "Victim declined to answer; DASH to be completed by DAISU tomorrow";

        closes(answers, NO_CHILDREN);
    }

    @Test
    void positiveActionMustBeConfirmedAsRecorded() {
        Answers answers = new Answers();
        answers.positiveActionRecorded = null;

        assertThat(refused(answers, NO_CHILDREN).byField())
                .containsExactly(entry("positiveActionRecorded", "Confirm the positive action taken is recorded"));
    }

    @Test
    void aDeployedIncidentCannotBeClosedBeforeTheAttendanceIsRecorded() {
        assertThat(refused(new Answers(), NO_CHILDREN, false, true).byField()).containsExactly(
                entry("positiveActionRecorded", "Record the attendance (and the positive action taken) before closing"));
    }

    @Test
    void anIncidentNobodyWasDeployedToClosesWithoutAnAttendance() {
        assertThatNoException().isThrownBy(() -> CloseOutChecklist.check(new Answers().typed(), NO_CHILDREN, false, false));
    }

    @Test
    void withoutChildrenTheChildrenItemIsNotAsked() {
        Answers answers = new Answers();
        answers.childrenSafeguarded = null;

        closes(answers, NO_CHILDREN);
        assertThat(CloseOutChecklist.hasChildren(NO_CHILDREN)).isFalse();
    }

    @Test
    void childrenPresentAtTheIncidentMustBeSafeguardedOrReferred() {
        Incident childPresent = incident(1, 0, List.of(VICTIM, SUSPECT));

        assertThat(refused(new Answers(), childPresent).byField()).containsExactly(
                entry("childrenSafeguarded", "Select whether the children have been safeguarded or referred"));
    }

    @Test
    void childrenLivingAtTheAddressMustBeSafeguardedOrReferred() {
        Incident childrenAtHome = incident(0, 2, List.of(VICTIM, SUSPECT));

        assertThat(CloseOutChecklist.hasChildren(childrenAtHome)).isTrue();
        assertThat(refused(new Answers(), childrenAtHome).byField()).containsOnlyKeys("childrenSafeguarded");
    }

    @Test
    void aChildRecordedAsAPartyMustBeSafeguardedOrReferred() {
        Incident childParty = incident(0, 0, List.of(VICTIM, SUSPECT, CHILD));

        assertThat(CloseOutChecklist.hasChildren(childParty)).isTrue();
        assertThat(refused(new Answers(), childParty).byField()).containsOnlyKeys("childrenSafeguarded");
    }

    @Test
    void childrenSafeguardedOrReferredCloseTheIncident() {
        Answers answers = new Answers();
        answers.childrenSafeguarded = true;

        closes(answers, incident(1, 2, List.of(VICTIM, SUSPECT, CHILD)));
    }

    @Test
    void childrenNotSafeguardedNeedTheReason() {
        Answers answers = new Answers();
        answers.childrenSafeguarded = false;

        assertThat(refused(answers, incident(1, 2, List.of(VICTIM, SUSPECT))).byField()).containsExactly(
                entry("childrenReason", "Give the reason the children have not been safeguarded or referred"));
    }

    @Test
    void childrenNotSafeguardedAreAcceptedWithTheReason() {
        Answers answers = new Answers();
        answers.childrenSafeguarded = false;
        answers.childrenReason = "Children staying with grandparents out of area; MASH informed";

        closes(answers, incident(1, 2, List.of(VICTIM, SUSPECT)));
    }

    @Test
    void aReasonOver1000CharactersIsRefusedOnItsOwnField() {
        for (String field : List.of("suspectReason", "riskReason", "childrenReason")) {
            Answers answers = new Answers();
            answers.suspectDealtWith = false;
            answers.suspectReason = field.equals("suspectReason") ? "x".repeat(1001) : "Not found";
            answers.riskAssessed = false;
            answers.riskReason = field.equals("riskReason") ? "x".repeat(1001) : "Declined";
            answers.childrenSafeguarded = false;
            answers.childrenReason = field.equals("childrenReason") ? "x".repeat(1001) : "With grandparents";

            assertThat(refused(answers, incident(1, 0, List.of(VICTIM, SUSPECT))).byField()).as(field)
                    .containsExactly(entry(field, "Reasons must be 1,000 characters or fewer"));
        }
    }

    @Test
    void everyUnansweredItemIsReportedAtOnce() {
        Answers nothing = new Answers();
        nothing.victimSafe = null;
        nothing.suspectDealtWith = null;
        nothing.riskAssessed = null;
        nothing.positiveActionRecorded = null;

        InvalidRequest refused = refused(nothing, incident(1, 0, List.of(VICTIM)), false, true);

        assertThat(refused.byField().keySet()).containsExactlyInAnyOrder("victimSafe", "suspectDealtWith", "riskAssessed",
                "positiveActionRecorded", "childrenSafeguarded");
    }
}

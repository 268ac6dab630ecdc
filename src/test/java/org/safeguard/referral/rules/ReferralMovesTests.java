package org.safeguard.referral.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.referral.Consent;
import org.safeguard.referral.ReferralStatus;

/** The referral lifecycle: made, received, accepted or declined with a reason, closed; consent and sharing. */
class ReferralMovesTests {

    @Test
    void aReferralIsReceivedOnlyOnce() {
        assertThatCode(() -> ReferralMoves.receiveFrom(ReferralStatus.MADE)).doesNotThrowAnyException();
        assertThat(catchThrowableOfType(InvalidRequest.class, () -> ReferralMoves.receiveFrom(ReferralStatus.RECEIVED))
                .getMessage()).isEqualTo("This referral has already been received");
    }

    @Test
    void aClosedReferralCannotBeAccepted() {
        assertThat(catchThrowableOfType(InvalidRequest.class, () -> ReferralMoves.acceptFrom(ReferralStatus.CLOSED, "idva"))
                .getMessage()).isEqualTo("This referral is closed: it cannot be accepted");
    }

    @Test
    void acceptingNeedsTheWorker() {
        assertThat(catchThrowableOfType(InvalidRequest.class, () -> ReferralMoves.acceptFrom(ReferralStatus.RECEIVED, " "))
                .byField()).containsKey("assignedTo");
    }

    @Test
    void decliningNeedsAReason() {
        assertThat(catchThrowableOfType(InvalidRequest.class, () -> ReferralMoves.declineFrom(ReferralStatus.MADE, ""))
                .byField()).containsEntry("declineReason", "Enter why the service declines the referral");
    }

    @Test
    void consentRefusedByAHighRiskVictimNeedsTheJustificationForSharing() {
        assertThat(catchThrowableOfType(InvalidRequest.class,
                () -> ReferralMoves.recordConsent(ReferralStatus.MADE, Consent.REFUSED, true, null)).byField())
                .containsKey("sharingJustification");
        assertThatCode(() -> ReferralMoves.recordConsent(ReferralStatus.MADE, Consent.REFUSED, true,
                "Threats to kill; children at risk")).doesNotThrowAnyException();
    }

    @Test
    void consentRefusedBelowHighRiskClosesTheReferral() {
        assertThat(ReferralMoves.refusalCloses(Consent.REFUSED, false)).isTrue();
        assertThat(ReferralMoves.refusalCloses(Consent.REFUSED, true)).isFalse();
        assertThat(ReferralMoves.refusalCloses(Consent.GIVEN, false)).isFalse();
    }
}

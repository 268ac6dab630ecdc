package org.safeguard.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguard.access.Role;
import org.safeguard.access.StaffAccount;
import org.safeguard.directory.NewPartnerService;
import org.safeguard.directory.PartnerService;
import org.safeguard.directory.ServiceDirectory;
import org.safeguard.directory.ServiceKind;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.referral.Victims.Victim;
import org.safeguard.risk.RiskAssessments;
import org.safeguard.support.Calls;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The referral lifecycle against the real database: made by hand, received once, accepted by the service's own
 * staff with a worker, declined only with a reason, closed; consent, and sharing a high-risk victim's referral
 * without it only with the justification; stale versions refused; overdue referrals on the sender's board.
 */
@SafeguardTest
class ReferralLifecycleTests {

    @Autowired
    Calls calls;
    @Autowired
    RiskAssessments assessments;
    @Autowired
    Referrals referrals;
    @Autowired
    ReferralAnswers answers;
    @Autowired
    ServiceDirectory directory;
    @Autowired
    org.safeguard.support.Staff staff;
    @Autowired
    JdbcClient jdbc;

    private Victims victims() {
        return new Victims(calls, assessments, referrals);
    }

    private PartnerService demoService(String code) {
        return directory.all().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    /** A referral by hand from the officer to the demo IDVA service, consent given. */
    private Referral toTheIdvaService(Victim victim) {
        return calls.as("officer", () -> referrals.make(new NewReferral(victim.id(),
                Long.toString(demoService("IDVA").id()), victim.incidentId(), "Wants support at court", "GIVEN", null)));
    }

    @Test
    void aReferralMadeByHandIsReceivedAcceptedWithItsWorkerAndClosed() {
        Victim victim = victims().recorded();

        Referral made = toTheIdvaService(victim);
        assertThat(made.status()).isEqualTo(ReferralStatus.MADE);
        assertThat(made.source()).isEqualTo("MANUAL");
        assertThat(made.ruleId()).isNull();
        assertThat(made.dueBy()).isEqualTo(made.madeAt().plus(Duration.ofHours(24)));

        Referral received = calls.as("idva", () -> answers.receive(made.id(), made.version()));
        InvalidRequest twice = catchThrowableOfType(InvalidRequest.class,
                () -> calls.as("idva", () -> answers.receive(received.id(), received.version())));
        Referral accepted = calls.as("idva", () -> answers.accept(received.id(), received.version(), "idva"));

        assertThat(twice.getMessage()).isEqualTo("This referral has already been received");
        assertThat(accepted.status()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(accepted.assignedTo()).isEqualTo("idva");
        assertThat(referrals.assignedWorker(victim.id(), ServiceKind.IDVA)).contains("idva");

        Referral closed = calls.as("officer", () -> referrals.close(accepted.id(), accepted.version(), "Support ended"));
        InvalidRequest acceptClosed = catchThrowableOfType(InvalidRequest.class,
                () -> calls.as("idva", () -> answers.accept(closed.id(), closed.version(), "idva")));

        assertThat(closed.status()).isEqualTo(ReferralStatus.CLOSED);
        assertThat(acceptClosed.getMessage()).isEqualTo("This referral is closed: it cannot be accepted");
        assertThat(calls.as("officer", () -> referrals.steps(made.id()))).extracting(ReferralStep::step)
                .containsExactly("MADE", "RECEIVED", "ACCEPTED", "CLOSED");
    }

    @Test
    void someoneOutsideTheServicesAgencyCannotAcceptIt() {
        Referral made = toTheIdvaService(victims().recorded());

        assertThat(catchThrowableOfType(AccessDeniedException.class,
                () -> calls.as("specialist", () -> answers.accept(made.id(), made.version(), "idva")))).isNotNull();
        assertThat(catchThrowableOfType(AccessDeniedException.class,
                () -> calls.as("partner", () -> answers.receive(made.id(), made.version())))).isNotNull();
        assertThat(calls.as("officer", () -> referrals.get(made.id())).status()).isEqualTo(ReferralStatus.MADE);
    }

    @Test
    void theWorkerMustBelongToTheServicesAgency() {
        Referral made = toTheIdvaService(victims().recorded());

        InvalidRequest refused = catchThrowableOfType(InvalidRequest.class,
                () -> calls.as("idva", () -> answers.accept(made.id(), made.version(), "officer")));

        assertThat(refused.byField()).containsEntry("assignedTo", "Select a worker of the service's own agency");
    }

    @Test
    void decliningWithoutAReasonIsRefusedAndNothingChanges() {
        Referral made = toTheIdvaService(victims().recorded());

        InvalidRequest refused = catchThrowableOfType(InvalidRequest.class,
                () -> calls.as("idva", () -> answers.decline(made.id(), made.version(), "  ")));
        Referral declined = calls.as("idva", () -> answers.decline(made.id(), made.version(), "Victim lives out of area"));

        assertThat(refused.byField()).containsKey("declineReason");
        assertThat(declined.status()).isEqualTo(ReferralStatus.DECLINED);
        assertThat(declined.declineReason()).isEqualTo("Victim lives out of area");
        assertThat(declined.version()).isEqualTo(made.version() + 1);
    }

    @Test
    void aStaleVersionIsRefusedAsAConcurrentEdit() {
        Referral made = toTheIdvaService(victims().recorded());
        calls.as("idva", () -> answers.receive(made.id(), made.version()));

        assertThat(catchThrowableOfType(ConcurrentEdit.class,
                () -> calls.as("idva", () -> answers.decline(made.id(), made.version(), "Full")))).isNotNull();
        assertThat(calls.as("idva", () -> referrals.get(made.id())).status()).isEqualTo(ReferralStatus.RECEIVED);
    }

    @Test
    void consentRefusedForAHighRiskVictimWithoutTheJustificationForSharingIsRefusedAndNothingChanges() {
        Victims victims = victims();
        Victim victim = victims.recorded();
        victims.assessed(victim, 15, Map.of());
        // The IDVA referral: the MARAC one is taken on by the MARAC module as soon as its case is listed.
        Referral marac = victims.referralsOnce(victim, 2).stream().filter(r -> r.serviceKind() == ServiceKind.IDVA)
                .findFirst().orElseThrow();

        InvalidRequest refused = catchThrowableOfType(InvalidRequest.class, () -> calls.as("officer",
                () -> referrals.recordConsent(marac.id(), marac.version(), "REFUSED", "")));
        Referral unchanged = calls.as("officer", () -> referrals.get(marac.id()));
        Referral shared = calls.as("officer", () -> referrals.recordConsent(marac.id(), marac.version(), "REFUSED",
                "Threats to kill with a weapon; sharing is necessary to protect life"));

        assertThat(refused.byField()).containsKey("sharingJustification");
        assertThat(unchanged.consent()).isEqualTo(Consent.NOT_YET_ASKED);
        assertThat(unchanged.version()).isEqualTo(marac.version());
        assertThat(shared.consent()).isEqualTo(Consent.REFUSED);
        assertThat(shared.status()).isEqualTo(ReferralStatus.MADE);
        assertThat(shared.sharingJustification()).startsWith("Threats to kill");
    }

    @Test
    void consentRefusedBelowHighRiskClosesTheReferral() {
        Victims victims = victims();
        Victim victim = victims.recorded();
        victims.assessed(victim, 4, Map.of());
        Referral hub = victims.referralsOnce(victim, 1).get(0);

        Referral after = calls.as("officer", () -> referrals.recordConsent(hub.id(), hub.version(), "REFUSED", null));

        assertThat(after.status()).isEqualTo(ReferralStatus.CLOSED);
        assertThat(after.closeReason()).isEqualTo("Consent refused");
    }

    @Test
    void aReferralByHandNeedsAServiceAndAReasonAndARefusalBelowHighRiskIsNotMade() {
        Victim victim = victims().recorded();

        InvalidRequest blank = catchThrowableOfType(InvalidRequest.class, () -> calls.as("officer",
                () -> referrals.make(new NewReferral(victim.id(), "", null, " ", null, null))));
        InvalidRequest refusedConsent = catchThrowableOfType(InvalidRequest.class, () -> calls.as("officer",
                () -> referrals.make(new NewReferral(victim.id(), Long.toString(demoService("REFUGE").id()), null,
                        "Needs a safe place", "REFUSED", null))));

        assertThat(blank.byField()).containsKeys("serviceId", "reason", "consent");
        assertThat(refusedConsent.byField()).containsKey("consent");
        assertThat(victims().referralsNow(victim)).isEmpty();
    }

    @Test
    void aReferralPastTheServicesSlaWithoutAnAnswerIsOverdueForTheSenderAndOnTheirBoard() throws Exception {
        StaffAccount sender = staff.fresh(Role.OFFICER);
        PartnerService hourly = calls.as("admin", () -> directory.add(new NewPartnerService(
                "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(), "Test one-hour service", "OTHER",
                "HOUSING", List.of(), "Answers within the hour", "Through Safeguard", "Always", "1")));
        Victim victim = victims().recorded();
        Referral made = calls.as(sender.username(), () -> referrals.make(new NewReferral(victim.id(),
                Long.toString(hourly.id()), null, "Emergency housing", "GIVEN", null)));
        assertThat(calls.as(sender.username(), () -> referrals.sentOverdue())).isEmpty();

        Instant threeHoursAgo = made.madeAt().minus(Duration.ofHours(3));
        jdbc.sql("UPDATE referral.referral SET made_at = :made, due_by = :due WHERE id = :id")
                .param("made", Timestamp.from(threeHoursAgo)).param("due", Timestamp.from(threeHoursAgo.plus(Duration.ofHours(1))))
                .param("id", made.id()).update();

        assertThat(calls.as(sender.username(), () -> referrals.sentOverdue())).extracting(Referral::id)
                .containsExactly(made.id());
        assertThat(calls.as("officer", () -> referrals.sentOverdue())).extracting(Referral::id).doesNotContain(made.id());
    }
}

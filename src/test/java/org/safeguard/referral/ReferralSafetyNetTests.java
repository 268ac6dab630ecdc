package org.safeguard.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguard.access.Role;
import org.safeguard.access.StaffAccount;
import org.safeguard.directory.ServiceKind;
import org.safeguard.intake.IncidentRecorded;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.referral.Victims.Victim;
import org.safeguard.risk.RiskAssessed;
import org.safeguard.risk.RiskAssessments;
import org.safeguard.risk.RiskLevel;
import org.safeguard.support.Calls;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What must not slip through: a repeat victim referred back to MARAC, a MASH notification for every incident with
 * children, the MARAC told when a referral is closed or declined, routing that neither sticks nor fails silently,
 * and a declined high-risk referral kept in front of its sender.
 */
@SafeguardTest
@RecordApplicationEvents
class ReferralSafetyNetTests {

    @Autowired
    Calls calls;
    @Autowired
    RiskAssessments assessments;
    @Autowired
    Referrals referrals;
    @Autowired
    ReferralAnswers answers;
    @Autowired
    RoutingRules rules;
    @Autowired
    Routing routing;
    @Autowired
    Staff staff;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ApplicationEvents events;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private Victims victims() {
        return new Victims(calls, assessments, referrals);
    }

    private static List<Referral> of(List<Referral> referrals, ServiceKind kind) {
        return referrals.stream().filter(r -> r.serviceKind() == kind).toList();
    }

    /** A later domestic abuse incident of the victim, as intake announces it (another incident's id and area). */
    private static IncidentRecorded laterIncidentOf(Victim victim, Victim elsewhere) {
        return new IncidentRecorded(elsewhere.incidentId(), "TEST-" + elsewhere.incidentId(), Instant.now(),
                victim.incident().incident().grade(), true, List.of(victim.id()), List.of(), List.of(),
                Map.of(victim.id(), victim.name()), null, victim.incident().incident().area(), true, List.of(victim.id()),
                "call.handler", "POLICE");
    }

    @Test
    void safeLivesRepeatAVictimReferredToMaracInTheLast12MonthsIsReferredBackOnAnyNewIncidentOnceTheCaseIsClosed() {
        Victims victims = victims();
        Victim victim = victims.recorded();
        victims.assessed(victim, 14, Map.of());
        Referral first = of(victims.referralsOnce(victim, 2), ServiceKind.MARAC).get(0);

        routing.incidentRecorded(laterIncidentOf(victim, victims.recorded()));
        assertThat(of(victims.referralsNow(victim), ServiceKind.MARAC)).as("waiting for MARAC: joins the open case")
                .hasSize(1);

        referrals.completedByService(first.id(), "marac.coordinator", "Heard");
        routing.incidentRecorded(laterIncidentOf(victim, victims.recorded()));

        List<Referral> marac = of(victims.referralsNow(victim), ServiceKind.MARAC);
        assertThat(marac).hasSize(2);
        assertThat(marac.get(0).ruleId()).isEqualTo("repeat-to-marac");
        assertThat(marac.get(0).reason()).startsWith("Repeat: known to MARAC in the last 12 months");
    }

    @Test
    void childrensServicesAreNotifiedOfEveryIncidentWithChildrenWhileMaracIsReferredOnceWhileOpen() {
        Victims victims = victims();
        Victim victim = victims.recorded(java.time.LocalDate.of(1991, 3, 3), 2);
        victims.referralsOnce(victim, 1);
        Victim secondIncident = victims.recorded(java.time.LocalDate.of(1991, 3, 3), 2);

        routing.incidentRecorded(laterIncidentOf(victim, secondIncident));
        routing.incidentRecorded(laterIncidentOf(victim, secondIncident));

        assertThat(of(victims.referralsNow(victim), ServiceKind.CHILDRENS_SERVICES)).hasSize(2);

        victims.assessed(victim, 14, Map.of());
        victims.referralsOnce(victim, 4);
        routing.riskAssessed(new RiskAssessed(Long.MAX_VALUE - victim.id(), victim.id(), victim.name(),
                victim.incidentId(), RiskLevel.HIGH, RiskLevel.HIGH, java.util.Set.of(), Instant.now(), "officer", true));

        assertThat(of(victims.referralsNow(victim), ServiceKind.MARAC)).hasSize(1);
    }

    @Test
    void closingOrDecliningAReferralTellsTheMaracAndOnlyACoordinatorAnswersAMaracReferral() {
        Victims victims = victims();
        Victim victim = victims.recorded();
        victims.assessed(victim, 14, Map.of());
        List<Referral> made = victims.referralsOnce(victim, 2);
        Referral marac = of(made, ServiceKind.MARAC).get(0);
        Referral idva = of(made, ServiceKind.IDVA).get(0);

        assertThat(catchThrowableOfType(AccessDeniedException.class,
                () -> calls.as("officer", () -> answers.receive(marac.id(), marac.version())))).isNotNull();
        assertThat(calls.as("marac.coordinator", () -> answers.answersFor(marac))).isTrue();
        calls.as("idva", () -> answers.decline(idva.id(), idva.version(), "No capacity this week"));
        Referral current = calls.as("officer", () -> referrals.get(marac.id()));
        calls.as("officer", () -> referrals.close(current.id(), current.version(), "Victim moved abroad"));

        assertThat(events.stream(ReferralClosed.class).filter(e -> e.victimId() == victim.id()))
                .extracting(ReferralClosed::referralId, ReferralClosed::kind, ReferralClosed::status, ReferralClosed::by)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(idva.id(), ServiceKind.IDVA, ReferralStatus.DECLINED, "idva"),
                        org.assertj.core.groups.Tuple.tuple(marac.id(), ServiceKind.MARAC, ReferralStatus.CLOSED, "officer"));
    }

    @Test
    void aDeclinedHighRiskReferralStaysOnTheSendersBoardUntilTheyCloseIt() {
        StaffAccount sender = staff.fresh(Role.OFFICER);
        Victims victims = victims();
        Victim victim = victims.recorded();
        calls.as(sender.username(), () -> {
            org.safeguard.risk.Assessment draft = assessments.start(victim.incidentId(), victim.id(), null);
            return assessments.complete(draft.id(), draft.version(), new org.safeguard.risk.AssessmentAnswers(
                    org.safeguard.support.Dash.answers(14), Map.of(), null), null, null);
        });
        Referral idva = of(victims.referralsOnce(victim, 2), ServiceKind.IDVA).get(0);
        Referral declined = calls.as("idva", () -> answers.decline(idva.id(), idva.version(), "Out of area"));

        assertThat(calls.as(sender.username(), () -> referrals.declinedHighRisk())).extracting(Referral::id)
                .containsExactly(idva.id());

        calls.as(sender.username(), () -> referrals.close(declined.id(), declined.version(), "Referred to the local IDVA"));

        assertThat(calls.as(sender.username(), () -> referrals.declinedHighRisk())).isEmpty();
    }

    @Test
    void routingWhoseAssessorCanNoLongerReadTheAssessmentStillMakesTheReferralsFromTheEventsFacts() {
        StaffAccount handler = staff.fresh(Role.CALL_HANDLER);
        Victims victims = victims();
        Victim victim = victims.recorded();

        new TransactionTemplate(transactions).executeWithoutResult(status -> routing.riskAssessed(new RiskAssessed(
                Long.MAX_VALUE - victim.id(), victim.id(), victim.name(), victim.incidentId(), RiskLevel.HIGH,
                RiskLevel.HIGH, java.util.Set.of(), Instant.now(), handler.username(), true)));

        assertThat(victims.referralsNow(victim)).extracting(Referral::serviceKind)
                .contains(ServiceKind.MARAC, ServiceKind.IDVA);
    }

    @Test
    void aReferralNoServiceInTheAreaCanTakeIsShownToTheSendersSupervisorsNotOnlyLogged() {
        List<Long> others = jdbc.sql("UPDATE directory.partner_service SET active = false WHERE kind = 'OTHER' AND active "
                + "RETURNING id").query(Long.class).list();
        String defaults = RoutingRules.defaultText();
        try {
            calls.as("admin", () -> rules.publish(defaults + """

                      - id: centenarians-to-other
                        refer-to: OTHER
                        reason: Victims aged 100 and over are offered the older people's service.
                        when:
                          event: INCIDENT_RECORDED
                          victim-age: 100-120
                    """, "Test: a kind no service offers"));
            Victim victim = victims().recorded(java.time.LocalDate.now().minusYears(101), 0);

            Unmade unmade = org.safeguard.support.Eventually.found(() -> calls.as("supervisor", () -> referrals.unmade())
                    .stream().filter(u -> u.victimId() == victim.id()).findFirst());

            assertThat(unmade.kind()).isEqualTo(ServiceKind.OTHER);
            assertThat(unmade.ruleId()).isEqualTo("centenarians-to-other");
            assertThat(unmade.incidentId()).isEqualTo(victim.incidentId());
        } finally {
            calls.as("admin", () -> rules.publish(defaults, "Test: back to the rules as shipped"));
            if (!others.isEmpty()) {
                jdbc.sql("UPDATE directory.partner_service SET active = true WHERE id IN (:ids)").param("ids", others).update();
            }
        }
    }

    @Test
    void rulesThatLeaveAHighRiskVictimWithoutAnIdvaAreRefusedAndNothingIsPublished() {
        int versions = calls.as("admin", () -> rules.versions().size());
        String withoutIdva = RoutingRules.defaultText().replace("refer-to: IDVA", "refer-to: REFUGE");

        InvalidRequest refused = catchThrowableOfType(InvalidRequest.class,
                () -> calls.as("admin", () -> rules.publish(withoutIdva, "Test: no IDVA")));

        assertThat(refused.byField().get("rules")).contains("must be referred to MARAC and IDVA").contains("IDVA referral");
        assertThat(calls.as("admin", () -> rules.versions().size())).isEqualTo(versions);
    }
}

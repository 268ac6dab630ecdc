package org.safeguard.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguard.directory.ServiceKind;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.referral.Victims.Victim;
import org.safeguard.risk.Assessment;
import org.safeguard.risk.RiskAssessed;
import org.safeguard.risk.RiskAssessments;
import org.safeguard.risk.RiskLevel;
import org.safeguard.support.Calls;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Routing on risk's and intake's events against the real database: each of the rules refers the victim to
 * the right kind of service, recording the rule and version; an event handled twice makes one referral; a new
 * version of the rules changes routing while older referrals keep theirs.
 */
@SafeguardTest
class ReferralRoutingTests {

    @Autowired
    Calls calls;
    @Autowired
    RiskAssessments assessments;
    @Autowired
    Referrals referrals;
    @Autowired
    RoutingRules rules;
    @Autowired
    Routing routing;
    @Autowired
    JdbcClient jdbc;

    private Victims victims() {
        return new Victims(calls, assessments, referrals);
    }

    private static List<ServiceKind> kinds(List<Referral> referrals) {
        return referrals.stream().map(Referral::serviceKind).toList();
    }

    private static Referral to(List<Referral> referrals, ServiceKind kind) {
        return referrals.stream().filter(r -> r.serviceKind() == kind).findFirst().orElseThrow();
    }

    private int version() {
        return calls.as("admin", () -> rules.current().version());
    }

    @Test
    void highRiskMakesAMaracAndAnIdvaReferralRecordingTheRuleAndVersionOnceEvenWhenTheEventComesTwice() {
        Victims victims = victims();
        Victim victim = victims.recorded();
        int version = version();

        Assessment done = victims.assessed(victim, 14, Map.of());
        List<Referral> made = victims.referralsOnce(victim, 2);

        assertThat(done.finalLevel()).isEqualTo(RiskLevel.HIGH);
        Referral marac = to(made, ServiceKind.MARAC);
        Referral idva = to(made, ServiceKind.IDVA);
        assertThat(marac.ruleId()).isEqualTo("high-risk-to-marac");
        assertThat(idva.ruleId()).isEqualTo("high-risk-to-idva");
        assertThat(marac.ruleVersion()).isEqualTo(version);
        assertThat(marac.source()).isEqualTo("RISK_ASSESSED");
        assertThat(marac.assessmentId()).isEqualTo(done.id());
        assertThat(marac.riskLevel()).isEqualTo("HIGH");
        assertThat(marac.madeBy()).isEqualTo("officer");
        assertThat(marac.madeByAgency()).isEqualTo("POLICE");
        // The MARAC module takes a MARAC referral on (accepted) as soon as it lists the case.
        assertThat(marac.status()).isIn(ReferralStatus.MADE, ReferralStatus.ACCEPTED);
        assertThat(marac.consent()).isEqualTo(Consent.NOT_YET_ASKED);
        int before = victims.referralsNow(victim).size();

        routing.riskAssessed(new RiskAssessed(done.id(), victim.id(), victim.name(), victim.incidentId(), RiskLevel.HIGH,
                RiskLevel.HIGH, done.criteria(), done.completedAt(), "officer", true));

        assertThat(victims.referralsNow(victim)).hasSize(before);
        assertThat(kinds(victims.referralsNow(victim)).stream().filter(k -> k == ServiceKind.MARAC)).hasSize(1);
    }

    @Test
    void theSlaOfTheServiceSetsWhenTheAnswerIsDue() {
        Victims victims = victims();
        Victim victim = victims.recorded();
        victims.assessed(victim, 14, Map.of());

        Referral idva = to(victims.referralsOnce(victim, 2), ServiceKind.IDVA);

        assertThat(java.time.Duration.between(idva.madeAt(), idva.dueBy()).toHours()).isEqualTo(24);
    }

    @Test
    void standardRiskGoesToTheVictimCareHubsBelowMaracOffer() {
        Victims victims = victims();
        Victim victim = victims.recorded();

        victims.assessed(victim, 3, Map.of());
        List<Referral> made = victims.referralsOnce(victim, 1);

        assertThat(kinds(made)).containsExactly(ServiceKind.VICTIM_CARE_HUB);
        assertThat(made.get(0).ruleId()).isEqualTo("standard-medium-to-victim-care-hub");
        assertThat(made.get(0).reason()).contains("below-MARAC support offer");
    }

    @Test
    void childrenAtTheIncidentNotifyChildrensServicesOnceThoughTheAssessmentFiresTheRuleAgain() {
        Victims victims = victims();
        Victim victim = victims.recorded(LocalDate.of(1992, 2, 2), 2);

        Referral notified = victims.referralsOnce(victim, 1).get(0);
        assertThat(notified.serviceKind()).isEqualTo(ServiceKind.CHILDRENS_SERVICES);
        assertThat(notified.source()).isEqualTo("INCIDENT_RECORDED");
        assertThat(notified.ruleId()).isEqualTo("children-to-childrens-services");

        victims.assessed(victim, 3, Map.of());
        List<Referral> after = victims.referralsOnce(victim, 2);

        assertThat(kinds(after)).containsExactlyInAnyOrder(ServiceKind.CHILDRENS_SERVICES, ServiceKind.VICTIM_CARE_HUB);
    }

    @Test
    void aVictimAged16GoesToTheYoungPeoplesService() {
        Victims victims = victims();
        LocalDate sixteen = LocalDate.now(ZoneId.of("Europe/London")).minusYears(16).minusMonths(2);

        Victim victim = victims.recorded(sixteen, 0);

        Referral young = victims.referralsOnce(victim, 1).get(0);
        assertThat(young.serviceKind()).isEqualTo(ServiceKind.YOUNG_PEOPLE);
        assertThat(young.ruleId()).isEqualTo("aged-16-17-to-young-people");
    }

    @Test
    void aYesInTheStalkingQuestionsGoesToStalkingAdvocacy() {
        Victims victims = victims();
        Victim victim = victims.recorded();

        victims.assessed(victim, 2, Map.of("sdash-03", "YES"));

        assertThat(kinds(victims.referralsOnce(victim, 2)))
                .containsExactlyInAnyOrder(ServiceKind.STALKING_ADVOCACY, ServiceKind.VICTIM_CARE_HUB);
    }

    @Test
    void aYesInTheHonourBasedAbuseQuestionsGoesToTheSpecialistService() {
        Victims victims = victims();
        Victim victim = victims.recorded();

        victims.assessed(victim, 2, Map.of("hba-02", "YES"));

        assertThat(kinds(victims.referralsOnce(victim, 2)))
                .containsExactlyInAnyOrder(ServiceKind.HONOUR_BASED_ABUSE, ServiceKind.VICTIM_CARE_HUB);
    }

    @Test
    void aNewVersionPublishedByAnAdministratorChangesRoutingAndOlderReferralsKeepTheirVersion() {
        Victims victims = victims();
        LocalDate sixteen = LocalDate.now(ZoneId.of("Europe/London")).minusYears(16).minusMonths(4);
        Victim before = victims.recorded(sixteen, 0);
        Referral older = victims.referralsOnce(before, 1).get(0);
        String defaults = RoutingRules.defaultText();
        try {
            RoutingRulesVersion published = calls.as("admin", () -> rules.publish(defaults + """

                      - id: older-victims-to-refuge
                        refer-to: REFUGE
                        reason: Victims aged 95 and over are offered a refuge place.
                        when:
                          event: INCIDENT_RECORDED
                          victim-age: 95-120
                    """, "Test: older victims to refuge"));
            assertThat(published.version()).isGreaterThan(older.ruleVersion());

            Victim elderly = victims.recorded(LocalDate.now(ZoneId.of("Europe/London")).minusYears(97), 0);
            Referral refuge = victims.referralsOnce(elderly, 1).get(0);

            assertThat(refuge.serviceKind()).isEqualTo(ServiceKind.REFUGE);
            assertThat(refuge.ruleId()).isEqualTo("older-victims-to-refuge");
            assertThat(refuge.ruleVersion()).isEqualTo(published.version());
            assertThat(victims.referralsNow(before).get(0).ruleVersion()).isEqualTo(older.ruleVersion());
        } finally {
            calls.as("admin", () -> rules.publish(defaults, "Test: back to the rules as shipped"));
        }
    }

    @Test
    void aBadRulesFileIsRefusedWithItsLineAndNothingIsPublished() {
        int versions = calls.as("admin", () -> rules.versions().size());

        InvalidRequest refused = catchThrowableOfType(InvalidRequest.class, () -> calls.as("admin", () -> rules.publish("""
                rules:
                  - id: high-risk-to-marac
                    refer-to: MARACS
                    reason: High risk.
                    when:
                      risk-levels: [HIGH]
                """, "A typo")));

        assertThat(refused.byField().get("rules")).startsWith("Line 3: unknown kind of service 'MARACS'");
        assertThat(calls.as("admin", () -> rules.versions().size())).isEqualTo(versions);
    }

    @Test
    void onlyAnAdministratorPublishesRules() {
        assertThat(catchThrowableOfType(org.springframework.security.access.AccessDeniedException.class,
                () -> calls.as("specialist", () -> rules.publish(RoutingRules.defaultText(), "Not mine to publish"))))
                .isNotNull();
    }
}

package org.safeguard.referral.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguard.directory.ServiceKind;
import org.safeguard.referral.rules.RoutingFacts.Trigger;

/** The six routing rules as shipped (version 1), and how a bad rules file is refused with its line. */
class RoutingRuleSetTests {

    private static final RoutingRuleSet DEFAULTS = RoutingRuleSet.parse(defaults());

    private static String defaults() {
        try (InputStream in = RoutingRuleSetTests.class.getResourceAsStream("/referral/routing-rules.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An assessed adult victim with nothing else indicated, at the level. */
    private static RoutingFacts assessed(String level) {
        return new RoutingFacts(Trigger.RISK_ASSESSED, level, false, false, false, false, 30, true);
    }

    private static RoutingFacts recorded(boolean children, Integer age) {
        return new RoutingFacts(Trigger.INCIDENT_RECORDED, null, false, children, false, false, age, true);
    }

    private static List<ServiceKind> kinds(RoutingFacts facts) {
        return DEFAULTS.route(facts).stream().map(RoutingRule::referTo).toList();
    }

    @Test
    void highRiskIsReferredToMaracAndToTheIdvaService() {
        assertThat(kinds(assessed("HIGH"))).containsExactly(ServiceKind.MARAC, ServiceKind.IDVA);
        assertThat(DEFAULTS.route(assessed("HIGH"))).extracting(RoutingRule::id)
                .containsExactly("high-risk-to-marac", "high-risk-to-idva");
    }

    @Test
    void aMaracCriterionMetBelowHighRiskStillGoesToMaracAndIdva() {
        RoutingFacts escalation = new RoutingFacts(Trigger.RISK_ASSESSED, "MEDIUM", true, false, false, false, 30, true);

        assertThat(kinds(escalation)).contains(ServiceKind.MARAC, ServiceKind.IDVA);
        assertThat(DEFAULTS.route(escalation)).extracting(RoutingRule::id).contains("marac-criterion-to-marac");
    }

    @Test
    void standardAndMediumRiskGetTheVictimCareHubsBelowMaracOffer() {
        assertThat(kinds(assessed("STANDARD"))).containsExactly(ServiceKind.VICTIM_CARE_HUB);
        assertThat(kinds(assessed("MEDIUM"))).containsExactly(ServiceKind.VICTIM_CARE_HUB);
        assertThat(kinds(assessed("HIGH"))).doesNotContain(ServiceKind.VICTIM_CARE_HUB);
    }

    @Test
    void childrenPresentOrLivingAtTheAddressNotifyChildrensServicesWhenTheIncidentIsRecorded() {
        assertThat(kinds(recorded(true, 30))).containsExactly(ServiceKind.CHILDRENS_SERVICES);
        assertThat(kinds(recorded(false, 30))).isEmpty();
    }

    @Test
    void childrenNamedInTheDashAnswersCountAsChildren() {
        assertThat(RoutingFacts.children(0, List.of("dash-11"))).isTrue();
        assertThat(RoutingFacts.children(0, List.of("dash-09", "dash-14"))).isFalse();
        assertThat(RoutingFacts.children(1, List.of())).isTrue();
    }

    @Test
    void honourBasedAbuseIndicatedGoesToTheSpecialistService() {
        RoutingFacts facts = new RoutingFacts(Trigger.RISK_ASSESSED, "MEDIUM", false, false,
                RoutingFacts.honourBasedAbuse(List.of("hba-03")), false, 30, true);

        assertThat(kinds(facts)).containsExactly(ServiceKind.HONOUR_BASED_ABUSE, ServiceKind.VICTIM_CARE_HUB);
    }

    @Test
    void aVictimAged16Or17GoesToTheYoungPeoplesService() {
        assertThat(kinds(recorded(false, 16))).containsExactly(ServiceKind.YOUNG_PEOPLE);
        assertThat(kinds(recorded(false, 17))).containsExactly(ServiceKind.YOUNG_PEOPLE);
        assertThat(kinds(recorded(false, 18))).isEmpty();
        assertThat(kinds(recorded(false, null))).isEmpty();
    }

    @Test
    void stalkingFromTheSdashQuestionsOrDashQuestion13GoesToStalkingAdvocacy() {
        assertThat(RoutingFacts.stalking(List.of("sdash-04"))).isTrue();
        assertThat(RoutingFacts.stalking(List.of("dash-13"))).isTrue();
        assertThat(RoutingFacts.stalking(List.of("dash-12"))).isFalse();
        RoutingFacts facts = new RoutingFacts(Trigger.RISK_ASSESSED, "STANDARD", false, false, false, true, 40, true);

        assertThat(kinds(facts)).containsExactly(ServiceKind.STALKING_ADVOCACY, ServiceKind.VICTIM_CARE_HUB);
    }

    @Test
    void ageIsWholeYearsOnTheDayOfTheIncident() {
        assertThat(RoutingFacts.ageOn(java.time.LocalDate.of(2010, 3, 1), java.time.LocalDate.of(2026, 2, 28))).isEqualTo(15);
        assertThat(RoutingFacts.ageOn(java.time.LocalDate.of(2010, 3, 1), java.time.LocalDate.of(2026, 3, 1))).isEqualTo(16);
        assertThat(RoutingFacts.ageOn(null, java.time.LocalDate.of(2026, 3, 1))).isNull();
    }

    @Test
    void anUnknownKindOfServiceIsRefusedWithItsLine() {
        RoutingRuleSet.Problem problem = catchThrowableOfType(RoutingRuleSet.Problem.class, () -> RoutingRuleSet.parse("""
                rules:
                  - id: high-risk-to-marac
                    refer-to: MARAC
                    reason: High risk.
                    when:
                      risk-levels: [HIGH]
                  - id: to-nowhere
                    refer-to: WIZARDS
                    reason: No such service.
                    when:
                      event: RISK_ASSESSED
                """));

        assertThat(problem.line()).isEqualTo(8);
        assertThat(problem.getMessage()).startsWith("Line 8: unknown kind of service 'WIZARDS'");
    }

    @Test
    void anUnknownConditionIsRefusedWithItsLine() {
        RoutingRuleSet.Problem problem = catchThrowableOfType(RoutingRuleSet.Problem.class, () -> RoutingRuleSet.parse("""
                rules:
                  - id: pets
                    refer-to: OTHER
                    reason: Pets at home.
                    when:
                      pets: true
                """));

        assertThat(problem.line()).isEqualTo(6);
        assertThat(problem.getMessage()).contains("unknown condition 'pets'");
    }

    @Test
    void aBadAgeRangeIsRefusedWithItsLine() {
        RoutingRuleSet.Problem problem = catchThrowableOfType(RoutingRuleSet.Problem.class, () -> RoutingRuleSet.parse("""
                rules:
                  - id: young
                    refer-to: YOUNG_PEOPLE
                    reason: Young.
                    when:
                      victim-age: 17-16
                """));

        assertThat(problem.line()).isEqualTo(6);
        assertThat(problem.getMessage()).contains("victim-age must be a range");
    }

    @Test
    void anUnknownRiskLevelAndATwiceUsedRuleIdAreRefused() {
        assertThat(catchThrowableOfType(RoutingRuleSet.Problem.class, () -> RoutingRuleSet.parse("""
                rules:
                  - id: a
                    refer-to: IDVA
                    reason: A.
                    when:
                      risk-levels: [SEVERE]
                """)).line()).isEqualTo(6);
        assertThat(catchThrowableOfType(RoutingRuleSet.Problem.class, () -> RoutingRuleSet.parse("""
                rules:
                  - id: a
                    refer-to: IDVA
                    reason: A.
                    when:
                      risk-levels: [HIGH]
                  - id: a
                    refer-to: MARAC
                    reason: B.
                    when:
                      risk-levels: [HIGH]
                """)).getMessage()).contains("used twice (first at line 2)");
    }

    @Test
    void theRulesPageDescribesEachRuleInWords() {
        RoutingRule young = DEFAULTS.rules().stream().filter(r -> r.id().equals("aged-16-17-to-young-people")).findFirst()
                .orElseThrow();

        assertThat(young.whenInWords()).isEqualTo("risk assessed or incident recorded; victim aged 16–17; domestic abuse");
    }

    @Test
    void safeLivesRepeatAnyIncidentWithin12MonthsOfTheLastMaracReferralIsReferredBackToMarac() {
        java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 26);
        RoutingFacts elevenMonths = recorded(false, 30).withLastMaracReferral(today.minusMonths(11), today);
        RoutingFacts thirteenMonths = recorded(false, 30).withLastMaracReferral(today.minusMonths(13), today);

        assertThat(DEFAULTS.route(elevenMonths)).extracting(RoutingRule::id).containsExactly("repeat-to-marac");
        assertThat(kinds(thirteenMonths)).isEmpty();
        assertThat(kinds(recorded(false, 30))).isEmpty();
    }

    @Test
    void theChildrensServicesRuleRefersOncePerIncidentWhileTheOthersReferOnceWhileOpen() {
        assertThat(DEFAULTS.rules()).filteredOn(rule -> !rule.onceWhileOpen()).extracting(RoutingRule::id)
                .containsExactly("children-to-childrens-services");
    }

    @Test
    void aRepeatWindowThatIsNotAWholeNumberOfMonthsIsRefusedWithItsLine() {
        RoutingRuleSet.Problem problem = catchThrowableOfType(RoutingRuleSet.Problem.class, () -> RoutingRuleSet.parse("""
                rules:
                  - id: repeat-to-marac
                    refer-to: MARAC
                    reason: Repeat.
                    when:
                      marac-referral-within-months: a year
                """));

        assertThat(problem.getMessage()).startsWith("Line 6: marac-referral-within-months must be a whole number");
    }

    @Test
    void rulesWithoutAMaracReferralForHighRiskAreRefused() {
        RoutingRuleSet withoutMarac = RoutingRuleSet.parse(defaults().replace("refer-to: MARAC", "refer-to: REFUGE"));

        assertThat(catchThrowableOfType(RoutingRuleSet.Problem.class, withoutMarac::requireHighRiskRouting).getMessage())
                .contains("no MARAC referral");
        assertThat(DEFAULTS.requireHighRiskRouting()).isSameAs(DEFAULTS);
    }
}

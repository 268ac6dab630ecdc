package org.safeguard.risk.rules;

import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.risk.Answer;
import org.safeguard.risk.MaracCriterion;
import org.safeguard.risk.RiskLevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * DASH scoring (DOMAIN.md, "Risk assessment (DASH)"): suggested levels 1–9 standard, 10–13 medium, 14+ high —
 * suggested levels only; other factors may increase the level but will not reduce it. MARAC referral criteria
 * (SafeLives): visible high risk (14+ Yes), professional judgement, potential escalation (3 or more police
 * call-outs for DA in the past 12 months, computed from the incident history).
 */
class RiskScoringTests {

    private static final int DASH_QUESTIONS = 27;

    private static final RiskScoring FORCE_DEFAULT = new RiskScoring(10, 14, 14, new EscalationRule(Period.ofMonths(12), 3));

    private static List<Answer> answers(int yes, int no, int notKnown, int notAsked) {
        List<Answer> answers = new ArrayList<>();
        answers.addAll(Collections.nCopies(yes, Answer.YES));
        answers.addAll(Collections.nCopies(no, Answer.NO));
        answers.addAll(Collections.nCopies(notKnown, Answer.NOT_KNOWN));
        answers.addAll(Collections.nCopies(notAsked, Answer.NOT_ASKED));
        return answers;
    }

    private static List<Answer> yesOf27(int yes) {
        return answers(yes, DASH_QUESTIONS - yes, 0, 0);
    }

    private static RiskScoring.Score suggestedOnly(int yes) {
        return FORCE_DEFAULT.score(yesOf27(yes), DASH_QUESTIONS, 1, null, null);
    }

    @ParameterizedTest(name = "{0} Yes suggests {1}")
    @CsvSource({"0, STANDARD", "1, STANDARD", "9, STANDARD", "10, MEDIUM", "13, MEDIUM", "14, HIGH", "27, HIGH"})
    void theYesCountGivesTheSuggestedLevelFromTheDefaultBands(int yes, RiskLevel expected) {
        RiskScoring.Score score = suggestedOnly(yes);

        assertThat(score.yesCount()).isEqualTo(yes);
        assertThat(score.suggested()).isEqualTo(expected);
        assertThat(score.finalLevel()).isEqualTo(expected);
        assertThat(score.raisedByJudgement()).isFalse();
        assertThat(FORCE_DEFAULT.suggestedLevel(yes)).isEqualTo(expected);
    }

    @Test
    void professionalJudgementRaisingStandardToHighWithARationaleMeetsTheProfessionalJudgementCriterion() {
        RiskScoring.Score score = FORCE_DEFAULT.score(yesOf27(5), DASH_QUESTIONS, 1, RiskLevel.HIGH,
                "Suspect bought a knife this week and has threatened to kill her when she leaves.");

        assertThat(score.suggested()).isEqualTo(RiskLevel.STANDARD);
        assertThat(score.finalLevel()).isEqualTo(RiskLevel.HIGH);
        assertThat(score.raisedByJudgement()).isTrue();
        assertThat(score.criteria()).containsExactly(MaracCriterion.PROFESSIONAL_JUDGEMENT);
        assertThat(score.meets(MaracCriterion.PROFESSIONAL_JUDGEMENT)).isTrue();
    }

    @Test
    void professionalJudgementRaisingMediumToHighAlsoMeetsTheProfessionalJudgementCriterion() {
        RiskScoring.Score score = FORCE_DEFAULT.score(yesOf27(12), DASH_QUESTIONS, 1, RiskLevel.HIGH, "Escalating threats.");

        assertThat(score.suggested()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(score.finalLevel()).isEqualTo(RiskLevel.HIGH);
        assertThat(score.meets(MaracCriterion.PROFESSIONAL_JUDGEMENT)).isTrue();
    }

    @Test
    void raisingStandardToMediumIsAllowedButIsNotAMaracReferralOnProfessionalJudgement() {
        RiskScoring.Score score = FORCE_DEFAULT.score(yesOf27(3), DASH_QUESTIONS, 1, RiskLevel.MEDIUM,
                "Victim minimised the abuse in front of the suspect's family.");

        assertThat(score.finalLevel()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(score.raisedByJudgement()).isTrue();
        assertThat(score.criteria()).doesNotContain(MaracCriterion.PROFESSIONAL_JUDGEMENT).isEmpty();
    }

    @ParameterizedTest(name = "rationale [{0}]")
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void raisingTheLevelWithoutARationaleIsRefused(String rationale) {
        InvalidRequest refused = catchThrowableOfType(InvalidRequest.class,
                () -> FORCE_DEFAULT.score(yesOf27(5), DASH_QUESTIONS, 1, RiskLevel.HIGH, rationale));

        assertThat(refused).isNotNull();
        assertThat(refused.byField()).containsOnlyKeys("judgementRationale");
        assertThat(refused.byField().get("judgementRationale")).containsIgnoringCase("high");
    }

    @Test
    void professionalJudgementCannotLowerAVisibleHighRiskToMedium() {
        InvalidRequest refused = catchThrowableOfType(InvalidRequest.class,
                () -> FORCE_DEFAULT.score(yesOf27(14), DASH_QUESTIONS, 1, RiskLevel.MEDIUM, "Victim says it was a one-off."));

        assertThat(refused).isNotNull();
        assertThat(refused.byField()).containsOnlyKeys("judgementLevel");
        assertThat(refused.byField().get("judgementLevel")).contains("cannot be lowered").contains("high");
    }

    @Test
    void professionalJudgementCannotLowerMediumToStandardEvenWithoutARationale() {
        InvalidRequest refused = catchThrowableOfType(InvalidRequest.class,
                () -> FORCE_DEFAULT.score(yesOf27(10), DASH_QUESTIONS, 1, RiskLevel.STANDARD, null));

        assertThat(refused).isNotNull();
        assertThat(refused.byField()).containsOnlyKeys("judgementLevel");
        assertThat(refused.byField().get("judgementLevel")).contains("cannot be lowered");
    }

    @ParameterizedTest(name = "{0} Yes, judgement {1}")
    @CsvSource({"4, STANDARD", "11, MEDIUM", "20, HIGH"})
    void aJudgementEqualToTheSuggestedLevelNeedsNoRationale(int yes, RiskLevel same) {
        RiskScoring.Score score = FORCE_DEFAULT.score(yesOf27(yes), DASH_QUESTIONS, 1, same, null);

        assertThat(score.finalLevel()).isEqualTo(same);
        assertThat(score.raisedByJudgement()).isFalse();
        assertThat(score.criteria()).doesNotContain(MaracCriterion.PROFESSIONAL_JUDGEMENT);
    }

    @Test
    void fourteenYesAnswersAreVisibleHighRisk() {
        RiskScoring.Score score = suggestedOnly(14);

        assertThat(score.criteria()).containsExactly(MaracCriterion.VISIBLE_HIGH_RISK);
        assertThat(score.meets(MaracCriterion.VISIBLE_HIGH_RISK)).isTrue();
    }

    @Test
    void thirteenYesAnswersAreNotVisibleHighRisk() {
        RiskScoring.Score score = suggestedOnly(13);

        assertThat(score.meets(MaracCriterion.VISIBLE_HIGH_RISK)).isFalse();
        assertThat(score.criteria()).isEmpty();
    }

    @Test
    void thirteenYesRaisedToHighOnJudgementIsAProfessionalJudgementReferralNotVisibleHighRisk() {
        RiskScoring.Score score = FORCE_DEFAULT.score(yesOf27(13), DASH_QUESTIONS, 1, RiskLevel.HIGH, "Strangulation last week.");

        assertThat(score.criteria()).containsExactly(MaracCriterion.PROFESSIONAL_JUDGEMENT);
    }

    @ParameterizedTest(name = "{0} call-outs")
    @ValueSource(ints = {3, 4, 12})
    void threeOrMoreCallOutsArePotentialEscalationWhateverTheYesCount(int callOuts) {
        RiskScoring.Score score = FORCE_DEFAULT.score(yesOf27(2), DASH_QUESTIONS, callOuts, null, null);

        assertThat(score.callOuts()).isEqualTo(callOuts);
        assertThat(score.suggested()).isEqualTo(RiskLevel.STANDARD);
        assertThat(score.criteria()).containsExactly(MaracCriterion.POTENTIAL_ESCALATION);
    }

    @ParameterizedTest(name = "{0} call-outs")
    @ValueSource(ints = {0, 1, 2})
    void fewerThanThreeCallOutsAreNotPotentialEscalation(int callOuts) {
        RiskScoring.Score score = FORCE_DEFAULT.score(yesOf27(2), DASH_QUESTIONS, callOuts, null, null);

        assertThat(score.meets(MaracCriterion.POTENTIAL_ESCALATION)).isFalse();
    }

    @Test
    void everyCriterionMetIsRecordedTogether() {
        RiskScoring.Score visibleAndEscalating = FORCE_DEFAULT.score(yesOf27(16), DASH_QUESTIONS, 3, null, null);
        RiskScoring.Score judgedAndEscalating = FORCE_DEFAULT.score(yesOf27(6), DASH_QUESTIONS, 5, RiskLevel.HIGH, "Threats to kill.");

        assertThat(visibleAndEscalating.criteria())
                .containsExactlyInAnyOrder(MaracCriterion.VISIBLE_HIGH_RISK, MaracCriterion.POTENTIAL_ESCALATION);
        assertThat(judgedAndEscalating.criteria())
                .containsExactlyInAnyOrder(MaracCriterion.PROFESSIONAL_JUDGEMENT, MaracCriterion.POTENTIAL_ESCALATION);
    }

    @Test
    void questionsNotAskedCountAsNeitherAskedNorYes() {
        RiskScoring.Score score = FORCE_DEFAULT.score(answers(8, 12, 3, 4), DASH_QUESTIONS, 1, null, null);

        assertThat(score.yesCount()).isEqualTo(8);
        assertThat(score.asked()).isEqualTo(23);
        assertThat(score.questions()).isEqualTo(DASH_QUESTIONS);
        assertThat(score.allAsked()).isFalse();
    }

    @Test
    void everyQuestionAnsweredYesNoOrNotKnownMeansAllWereAsked() {
        RiskScoring.Score score = FORCE_DEFAULT.score(answers(8, 12, 7, 0), DASH_QUESTIONS, 1, null, null);

        assertThat(score.asked()).isEqualTo(DASH_QUESTIONS);
        assertThat(score.allAsked()).isTrue();
    }

    @Test
    void unansweredQuestionsAreNotCountedAsAsked() {
        List<Answer> withGaps = new ArrayList<>(answers(2, 3, 0, 0));
        withGaps.add(null);

        RiskScoring.Score score = FORCE_DEFAULT.score(withGaps, DASH_QUESTIONS, 1, null, null);

        assertThat(score.yesCount()).isEqualTo(2);
        assertThat(score.asked()).isEqualTo(5);
        assertThat(score.allAsked()).isFalse();
    }

    @Test
    void notKnownIsNotAYes() {
        RiskScoring.Score score = FORCE_DEFAULT.score(answers(9, 0, 18, 0), DASH_QUESTIONS, 1, null, null);

        assertThat(score.yesCount()).isEqualTo(9);
        assertThat(score.suggested()).isEqualTo(RiskLevel.STANDARD);
        assertThat(score.allAsked()).isTrue();
    }

    @Test
    void theBandsAreConfigurationSoAForceWithMediumFrom12AndHighFrom17GetsOtherLevels() {
        RiskScoring stricter = new RiskScoring(12, 17, 17, new EscalationRule(Period.ofMonths(12), 3));

        assertThat(stricter.suggestedLevel(11)).isEqualTo(RiskLevel.STANDARD);
        assertThat(stricter.suggestedLevel(12)).isEqualTo(RiskLevel.MEDIUM);
        assertThat(stricter.suggestedLevel(16)).isEqualTo(RiskLevel.MEDIUM);
        assertThat(stricter.suggestedLevel(17)).isEqualTo(RiskLevel.HIGH);
        assertThat(FORCE_DEFAULT.suggestedLevel(11)).isEqualTo(RiskLevel.MEDIUM);
        assertThat(FORCE_DEFAULT.suggestedLevel(16)).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void theVisibleHighRiskThresholdIsConfigurationToo() {
        RiskScoring stricter = new RiskScoring(12, 17, 17, new EscalationRule(Period.ofMonths(12), 3));

        assertThat(stricter.score(yesOf27(16), DASH_QUESTIONS, 1, null, null).criteria()).isEmpty();
        assertThat(stricter.score(yesOf27(17), DASH_QUESTIONS, 1, null, null).criteria())
                .containsExactly(MaracCriterion.VISIBLE_HIGH_RISK);
    }

    @Test
    void theCallOutsForPotentialEscalationAreConfiguration() {
        RiskScoring fourCallOuts = new RiskScoring(10, 14, 14, new EscalationRule(Period.ofMonths(12), 4));

        assertThat(fourCallOuts.score(yesOf27(2), DASH_QUESTIONS, 3, null, null).criteria()).isEmpty();
        assertThat(fourCallOuts.score(yesOf27(2), DASH_QUESTIONS, 4, null, null).criteria())
                .containsExactly(MaracCriterion.POTENTIAL_ESCALATION);
    }

    @ParameterizedTest(name = "medium from {0}, high from {1}")
    @CsvSource({"0, 14", "10, 10", "14, 10"})
    void bandsThatDoNotRiseAreRefused(int mediumFrom, int highFrom) {
        assertThatThrownBy(() -> new RiskScoring(mediumFrom, highFrom, 14, new EscalationRule(Period.ofMonths(12), 3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bands must rise");
    }
}

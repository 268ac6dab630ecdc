package org.safeguard.demo.population;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;
import org.safeguard.intake.Channel;
import org.safeguard.intake.Grade;
import org.safeguard.intake.ImportedIncident;
import org.safeguard.intake.PartyRole;
import org.safeguard.intake.Relationship;
import org.safeguard.risk.Answer;
import org.safeguard.risk.Assessment.GivenAnswer;
import org.safeguard.risk.ImportedAssessment;
import org.safeguard.risk.Instrument;
import org.safeguard.risk.RiskLevel;
import org.safeguard.risk.instrument.InstrumentFile;
import org.safeguard.risk.rules.EscalationRule;
import org.safeguard.risk.rules.RiskScoring;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generator: completed DASH assessments for the victims of generated domestic abuse incidents, with
 * answers that follow the incident and the victim's history. Scored here with the risk module's own
 * scoring and the shipped instruments, as an import would.
 */
class DashAnswersTests {

    private static final Instant AS_OF = Instant.parse("2026-03-01T00:00:00Z");
    private static final List<Instrument> INSTRUMENTS = List.of(instrument("DASH-1.yaml"), instrument("SDASH-1.yaml"),
            instrument("HBA-1.yaml"));
    private static final List<DashAnswers.Assessor> ASSESSORS = List.of(
            new DashAnswers.Assessor("officer", "Alex Rowan", "Response North"),
            new DashAnswers.Assessor("supervisor", "Priya Marsh", "Response North"),
            new DashAnswers.Assessor("specialist", "Jordan Hale", "Domestic Abuse Investigation and Safeguarding Unit"));
    private static final RiskScoring SCORING = new RiskScoring(10, 14, 14, new EscalationRule(Period.ofMonths(12), 3));

    private static final List<ImportedIncident> incidents = incidents();
    private static final List<ImportedAssessment> assessed = answers(42).assess(incidents);

    @Test
    void theSameSeedAndMomentGiveTheSameAssessments() {
        assertThat(answers(42).assess(incidents)).isEqualTo(assessed);
        assertThat(answers(43).assess(incidents)).isNotEqualTo(assessed);
    }

    @Test
    void mostVictimsOfDomesticAbuseAreAssessedOnceAndNobodyElseIs() {
        Set<String> seen = new HashSet<>();
        for (ImportedAssessment assessment : assessed) {
            ImportedIncident incident = incidentOf(assessment);
            assertThat(incident.domesticAbuse()).isTrue();
            assertThat(incident.parties()).anyMatch(p -> p.role() == PartyRole.VICTIM && p.personId() == assessment.victimId()
                    && p.name().equals(assessment.victimName()));
            assertThat(seen.add(assessment.incidentId() + "/" + assessment.victimId())).as("assessed once").isTrue();
        }
        long victims = incidents.stream().filter(ImportedIncident::domesticAbuse)
                .mapToLong(i -> i.parties().stream().filter(p -> p.role() == PartyRole.VICTIM).count()).sum();
        assertThat(assessed.size() / (double) victims).isBetween(0.85, 0.95);
    }

    @Test
    void theLevelsMixAsInPublishedPoliceFigures() {
        Map<RiskLevel, Integer> levels = new EnumMap<>(RiskLevel.class);
        assessed.forEach(a -> levels.merge(score(a).finalLevel(), 1, Integer::sum));
        assertThat(share(levels.get(RiskLevel.STANDARD))).isBetween(0.53, 0.68);
        assertThat(share(levels.get(RiskLevel.MEDIUM))).isBetween(0.21, 0.32);
        assertThat(share(levels.get(RiskLevel.HIGH))).isBetween(0.08, 0.17);
    }

    @Test
    void everyMainQuestionIsAnsweredOnceInOrder() {
        List<String> dash = INSTRUMENTS.get(0).questions().stream().map(q -> q.id()).toList();
        assertThat(assessed).allSatisfy(a -> {
            assertThat(a.instrumentCode()).isEqualTo("DASH");
            assertThat(a.instrumentVersion()).isEqualTo(1);
            assertThat(main(a).stream().map(GivenAnswer::questionId).toList()).isEqualTo(dash);
        });
    }

    @Test
    void aboutAQuarterLeaveOneToFourQuestionsNotAskedEachWithAReason() {
        long allAsked = assessed.stream().filter(a -> notAsked(a).isEmpty()).count();
        assertThat(share(allAsked)).isBetween(0.70, 0.80);
        Set<String> reasons = new HashSet<>();
        assessed.stream().map(DashAnswersTests::notAsked).filter(n -> !n.isEmpty()).forEach(notAsked -> {
            assertThat(notAsked).hasSizeBetween(1, 4).allSatisfy(a -> assertThat(a.notAskedReason()).isNotBlank());
            reasons.add(notAsked.get(0).notAskedReason());
        });
        assertThat(reasons).hasSizeGreaterThanOrEqualTo(5).contains("Suspect present in the room",
                "Victim too distressed to continue", "Victim declined to answer");
        assertThat(assessed).allSatisfy(a -> assertThat(a.answers())
                .filteredOn(g -> g.answer() != Answer.NOT_ASKED).allSatisfy(g -> assertThat(g.notAskedReason()).isNull()));
    }

    @Test
    void aboutOneAnswerInTwentyIsNotKnown() {
        long answers = assessed.stream().mapToLong(a -> main(a).size()).sum();
        long notKnown = assessed.stream().mapToLong(a -> main(a).stream().filter(g -> g.answer() == Answer.NOT_KNOWN).count()).sum();
        assertThat(notKnown / (double) answers).isBetween(0.03, 0.07);
    }

    @Test
    void aFewAreRaisedOneLevelOnProfessionalJudgementWithTheReasonAndNoneLowered() {
        List<ImportedAssessment> judged = assessed.stream().filter(a -> a.judgement() != null).toList();
        assertThat(share(judged.size())).isBetween(0.015, 0.05);
        assertThat(judged).allSatisfy(a -> {
            RiskScoring.Score score = score(a);
            assertThat(score.raisedByJudgement()).isTrue();
            assertThat(a.judgement().ordinal()).isEqualTo(score.suggested().ordinal() + 1);
            assertThat(a.judgementRationale()).isNotBlank();
        });
        assertThat(assessed).filteredOn(a -> a.judgement() == null)
                .allSatisfy(a -> assertThat(a.judgementRationale()).isNull());
    }

    @Test
    void theAnswersFollowWhatHappenedAtTheIncident() {
        assertThat(yesShare("dash-18", ImportedIncident::weapon)).isGreaterThan(0.75);
        assertThat(yesShare("dash-18", i -> !i.weapon())).isLessThan(0.3);
        assertThat(yesShare("dash-01", ImportedIncident::injury)).isGreaterThan(0.75);
        assertThat(yesShare("dash-01", i -> !i.injury())).isLessThan(0.15);
        assertThat(yesShare("dash-19", ImportedIncident::threatToLife)).isGreaterThan(0.75);
        assertThat(yesShare("dash-19", i -> !i.threatToLife())).isLessThan(0.35);
        assertThat(yesShare("dash-07", i -> true)).isBetween(0.02, 0.15);
    }

    @Test
    void theChildrensQuestionsAreYesOnlyWhereChildrenLive() {
        for (String question : List.of("dash-09", "dash-10", "dash-11", "dash-12")) {
            assertThat(yesShare(question, i -> i.childrenLiving() == 0)).as(question).isLessThan(0.03);
        }
        assertThat(yesShare("dash-09", i -> i.childrenLiving() > 0 && i.relationship() == Relationship.FORMER_PARTNER))
                .isGreaterThan(0.3);
    }

    @Test
    void graverIncidentsRepeatVictimsAndChildrenPresentMeanMoreYesAnswers() {
        Set<ImportedAssessment> repeat = repeatVictims();
        assertThat(meanYes(a -> incidentOf(a).weapon())).isGreaterThan(meanYes(a -> !incidentOf(a).weapon()) + 2);
        assertThat(meanYes(a -> incidentOf(a).threatToLife())).isGreaterThan(meanYes(a -> !incidentOf(a).threatToLife()) + 2);
        assertThat(meanYes(repeat::contains)).isGreaterThan(meanYes(a -> !repeat.contains(a)) + 1);
        assertThat(meanYes(a -> incidentOf(a).childrenPresent() > 0)).isGreaterThan(meanYes(a -> incidentOf(a).childrenPresent() == 0));
    }

    @Test
    void theStalkingQuestionsAreAskedWhenTheVictimIsFollowedAndTheHonourBasedAbuseOnesRarely() {
        List<ImportedAssessment> stalked = assessed.stream().filter(a -> answerTo(a, "dash-13") == Answer.YES).toList();
        assertThat(stalked).isNotEmpty().allSatisfy(a -> assertThat(a.answers()).filteredOn(g -> g.instrumentCode().equals("SDASH"))
                .extracting(GivenAnswer::questionId).containsExactlyElementsOf(ids(1)));
        assertThat(assessed).filteredOn(a -> answerTo(a, "dash-13") != Answer.YES)
                .allSatisfy(a -> assertThat(a.answers()).noneMatch(g -> g.instrumentCode().equals("SDASH")));
        long stalkingYes = stalked.stream().mapToLong(a -> a.answers().stream()
                .filter(g -> g.instrumentCode().equals("SDASH") && g.answer() == Answer.YES).count()).sum();
        assertThat(stalkingYes / (11.0 * stalked.size())).isBetween(0.2, 0.7);
        long honour = assessed.stream().filter(a -> a.answers().stream().anyMatch(g -> g.instrumentCode().equals("HBA"))).count();
        assertThat(share(honour)).isBetween(0.005, 0.04);
    }

    @Test
    void assessmentsAreCompletedTwentyMinutesToTwoHoursAfterTheCallByADemoOfficer() {
        assertThat(assessed).allSatisfy(a -> {
            Duration after = Duration.between(incidentOf(a).receivedAt(), a.completedAt());
            assertThat(after).isBetween(Duration.ofMinutes(20), Duration.ofMinutes(120));
            assertThat(a.completedAt()).isBeforeOrEqualTo(AS_OF);
            assertThat(ASSESSORS).contains(new DashAnswers.Assessor(a.assessor(), a.assessorName(), a.assessorTeam()));
        });
        assertThat(assessed.stream().filter(a -> a.assessor().equals("officer")).count()).isGreaterThan(assessed.size() / 2);
        assertThat(assessed.stream().map(ImportedAssessment::assessor).distinct()).hasSize(3);
    }

    @Test
    void noneIsCompletedAfterTheMomentTheDataIsAsOf() {
        ImportedIncident first = incidents.stream().filter(ImportedIncident::domesticAbuse).findFirst().orElseThrow();
        List<ImportedIncident> late = new ArrayList<>();
        for (int n = 0; n < 40; n++) {
            late.add(at(first, AS_OF.minus(Duration.ofMinutes(n % 2 == 0 ? 10 : 25))));
        }
        List<ImportedAssessment> lateAssessed = answers(42).assess(late);
        assertThat(lateAssessed).isNotEmpty().allSatisfy(a -> {
            assertThat(late.get((int) a.incidentId()).receivedAt()).isEqualTo(AS_OF.minus(Duration.ofMinutes(25)));
            assertThat(a.completedAt()).isBeforeOrEqualTo(AS_OF);
        });
    }

    @Test
    void victimsViewsAreInTheirOwnWordsAndSometimesNotRecorded() {
        long recorded = assessed.stream().filter(a -> a.victimView() != null).count();
        assertThat(share(recorded)).isBetween(0.6, 0.9);
        assertThat(assessed.stream().map(ImportedAssessment::victimView).filter(v -> v != null).distinct().count())
                .isGreaterThanOrEqualTo(10);
    }

    @Test
    void theIdsGivenReplaceTheNumbersInTheBatch() {
        ImportedAssessment a = assessed.get(0);
        long[] incidentIds = new long[incidents.size()];
        long[] personIds = new long[(int) a.victimId() + 1];
        incidentIds[(int) a.incidentId()] = 9_001;
        personIds[(int) a.victimId()] = 7_001;
        ImportedAssessment withIds = DashAnswers.withIds(List.of(a), incidentIds, personIds).get(0);
        assertThat(withIds.incidentId()).isEqualTo(9_001);
        assertThat(withIds.victimId()).isEqualTo(7_001);
        assertThat(withIds.answers()).isEqualTo(a.answers());
        assertThat(withIds.completedAt()).isEqualTo(a.completedAt());
    }

    private static DashAnswers answers(long seed) {
        return new DashAnswers(seed, AS_OF, INSTRUMENTS, 10, 14, ASSESSORS);
    }

    private static List<ImportedIncident> incidents() {
        return new IncidentStories(42, AS_OF).write(new Population(42).nextBatch(5_000, 5_000), 10_000).incidents();
    }

    private static ImportedIncident incidentOf(ImportedAssessment assessment) {
        return incidents.get((int) assessment.incidentId());
    }

    private static RiskScoring.Score score(ImportedAssessment a) {
        return SCORING.score(main(a).stream().map(GivenAnswer::answer).toList(), 27, 0, a.judgement(), a.judgementRationale());
    }

    private static List<GivenAnswer> main(ImportedAssessment a) {
        return a.answers().stream().filter(g -> g.instrumentCode().equals("DASH")).toList();
    }

    private static List<GivenAnswer> notAsked(ImportedAssessment a) {
        return a.answers().stream().filter(g -> g.answer() == Answer.NOT_ASKED).toList();
    }

    private static Answer answerTo(ImportedAssessment a, String questionId) {
        return a.answers().stream().filter(g -> g.questionId().equals(questionId)).findFirst().orElseThrow().answer();
    }

    private static List<String> ids(int instrument) {
        return INSTRUMENTS.get(instrument).questions().stream().map(q -> q.id()).toList();
    }

    /** Of the assessments at incidents like this where the question was asked, the share answered Yes. */
    private static double yesShare(String questionId, Predicate<ImportedIncident> like) {
        List<Answer> answers = assessed.stream().filter(a -> like.test(incidentOf(a))).map(a -> answerTo(a, questionId))
                .filter(answer -> answer != Answer.NOT_ASKED).toList();
        assertThat(answers).as("assessments like that").hasSizeGreaterThan(50);
        return answers.stream().filter(answer -> answer == Answer.YES).count() / (double) answers.size();
    }

    private static double meanYes(Predicate<ImportedAssessment> which) {
        ToDoubleFunction<ImportedAssessment> yes = a -> score(a).yesCount();
        return assessed.stream().filter(which).mapToDouble(yes).average().orElseThrow();
    }

    /** Assessments of victims who had been victims of domestic abuse at an earlier incident of the batch. */
    private static Set<ImportedAssessment> repeatVictims() {
        Map<Long, Instant> firstTime = new HashMap<>();
        incidents.stream().filter(ImportedIncident::domesticAbuse).sorted(Comparator.comparing(ImportedIncident::receivedAt))
                .forEach(i -> i.parties().stream().filter(p -> p.role() == PartyRole.VICTIM)
                        .forEach(p -> firstTime.putIfAbsent(p.personId(), i.receivedAt())));
        Set<ImportedAssessment> repeat = new HashSet<>();
        assessed.stream().filter(a -> incidentOf(a).receivedAt().isAfter(firstTime.get(a.victimId()))).forEach(repeat::add);
        return repeat;
    }

    private double share(long count) {
        return count / (double) assessed.size();
    }

    private static ImportedIncident at(ImportedIncident i, Instant receivedAt) {
        return new ImportedIncident(receivedAt, Channel.EMERGENCY_999, i.callerName(), i.callerPhone(), i.location(),
                i.addressId(), i.relationship(), i.bothAged16OrOver(), i.personallyConnected(), i.childrenPresent(),
                i.childrenLiving(), i.childAges(), i.weapon(), i.injury(), i.threatToLife(), Grade.IMMEDIATE, i.summary(),
                i.recordedBy(), null, null, i.parties(), i.offences());
    }

    private static Instrument instrument(String file) {
        try (InputStream in = DashAnswersTests.class.getResourceAsStream("/risk/instruments/" + file)) {
            return InstrumentFile.read(file, new String(in.readAllBytes(), StandardCharsets.UTF_8), file);
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}

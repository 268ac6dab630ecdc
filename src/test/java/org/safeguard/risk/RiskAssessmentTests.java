package org.safeguard.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safeguard.intake.HistoryQuery;
import org.safeguard.intake.IncidentFile;
import org.safeguard.intake.IncidentHistory;
import org.safeguard.intake.PartyRole;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.support.Calls;
import org.safeguard.support.Dash;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 5 against the real database: completing a DASH at an incident, the levels only professional
 * judgement can raise, potential escalation counted from the incident history, saving part-way, risk
 * over time, the history panel section, and bad input refused with nothing changed.
 */
@SafeguardTest
@RecordApplicationEvents
class RiskAssessmentTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    RiskAssessments assessments;
    @Autowired
    IncidentHistory history;
    @Autowired
    Calls calls;
    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    DipSamples dipSamples;

    /** A DA incident received {@code daysAgo} days ago with a victim of the family name given. */
    private IncidentFile incident(String family, long daysAgo) {
        return calls.record("call.handler", Calls.domesticAbuse(Instant.now().minus(Duration.ofDays(daysAgo)),
                null, "12 Orchard Close", "ZZ9 1RA", Calls.victim("Nina", family, LocalDate.of(1990, 4, 2)),
                Calls.suspect("Carl", family, LocalDate.of(1988, 7, 9)), "PRIORITY"));
    }

    private static long victimOf(IncidentFile file) {
        return file.incident().partiesIn(PartyRole.VICTIM).get(0).personId();
    }

    private static long suspectOf(IncidentFile file) {
        return file.incident().partiesIn(PartyRole.SUSPECT).get(0).personId();
    }

    private Assessment completed(IncidentFile file, int yes, String judgement, String rationale) {
        return calls.as("officer", () -> {
            Assessment draft = assessments.start(file.incident().id(), victimOf(file), null);
            return assessments.complete(draft.id(), draft.version(),
                    new AssessmentAnswers(Dash.answers(yes), Map.of(), "He will come back tonight."), judgement, rationale);
        });
    }

    @Test
    void fourteenYesAnswersAreHighRiskAndMeetVisibleHighRiskAndTheEventCarriesThem() {
        IncidentFile file = incident(Calls.unusedFamilyName(), 0);

        Assessment done = completed(file, 14, null, null);

        assertThat(done.completed()).isTrue();
        assertThat(done.yesCount()).isEqualTo(14);
        assertThat(done.suggestedLevel()).isEqualTo(RiskLevel.HIGH);
        assertThat(done.finalLevel()).isEqualTo(RiskLevel.HIGH);
        assertThat(done.criteria()).containsExactly(MaracCriterion.VISIBLE_HIGH_RISK);
        assertThat(done.allAsked()).isTrue();
        assertThat(done.instrumentLabel()).isEqualTo("DASH v1");
        assertThat(events.stream(RiskAssessed.class).filter(e -> e.assessmentId() == done.id()))
                .singleElement().satisfies(e -> {
                    assertThat(e.level()).isEqualTo(RiskLevel.HIGH);
                    assertThat(e.victimId()).isEqualTo(victimOf(file));
                    assertThat(e.incidentId()).isEqualTo(file.incident().id());
                    assertThat(e.criteria()).containsExactly(MaracCriterion.VISIBLE_HIGH_RISK);
                });
        assertThat(jdbc.sql("SELECT count(*) FROM audit.event WHERE action = 'RISK_ASSESSMENT_COMPLETED' AND subject_id = :id")
                .param("id", Long.toString(done.id())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void professionalJudgementMayRaiseTheLevelWithARationaleAndThatMeetsTheMaracCriterion() {
        Assessment done = completed(incident(Calls.unusedFamilyName(), 0), 6, "high",
                "Strangled last week; she minimises it.");

        assertThat(done.suggestedLevel()).isEqualTo(RiskLevel.STANDARD);
        assertThat(done.finalLevel()).isEqualTo(RiskLevel.HIGH);
        assertThat(done.raisedByJudgement()).isTrue();
        assertThat(done.criteria()).containsExactly(MaracCriterion.PROFESSIONAL_JUDGEMENT);
        assertThat(done.judgementRationale()).isEqualTo("Strangled last week; she minimises it.");
    }

    @Test
    void anAttemptToLowerTheSuggestedLevelIsRefusedAndTheAssessmentStaysInProgress() {
        IncidentFile file = incident(Calls.unusedFamilyName(), 0);
        Assessment draft = calls.as("officer", () -> assessments.start(file.incident().id(), victimOf(file), null));

        assertThatThrownBy(() -> calls.as("officer", () -> assessments.complete(draft.id(), draft.version(),
                new AssessmentAnswers(Dash.answers(15), Map.of(), null), "MEDIUM", "She says it was a one-off")))
                .isInstanceOfSatisfying(InvalidRequest.class, refused -> assertThat(refused.byField())
                        .containsKey("judgementLevel").extractingByKey("judgementLevel").asString()
                        .contains("cannot be lowered"));

        Assessment after = calls.as("officer", () -> assessments.view(draft.id()).assessment());
        assertThat(after.completed()).isFalse();
        assertThat(after.answers()).as("nothing saved by the refused completion").isEmpty();
    }

    @Test
    void aRaiseWithoutARationaleIsRefused() {
        IncidentFile file = incident(Calls.unusedFamilyName(), 0);
        Assessment draft = calls.as("officer", () -> assessments.start(file.incident().id(), victimOf(file), null));

        assertThatThrownBy(() -> calls.as("officer", () -> assessments.complete(draft.id(), draft.version(),
                new AssessmentAnswers(Dash.answers(3), Map.of(), null), "MEDIUM", "  ")))
                .isInstanceOfSatisfying(InvalidRequest.class,
                        refused -> assertThat(refused.byField()).containsKey("judgementRationale"));
    }

    @Test
    void potentialEscalationIsCountedFromTheHistoryThreeCallOutsInTwelveMonthsThisOneIncluded() {
        String family = Calls.unusedFamilyName();
        incident(family, 300);
        incident(family, 40);
        IncidentFile third = incident(family, 0);

        Assessment done = completed(third, 2, null, null);

        assertThat(done.callOuts()).isEqualTo(3);
        assertThat(done.finalLevel()).isEqualTo(RiskLevel.STANDARD);
        assertThat(done.criteria()).containsExactly(MaracCriterion.POTENTIAL_ESCALATION);
    }

    @Test
    void aCallOutMoreThanTwelveMonthsBeforeDoesNotCountTowardsPotentialEscalation() {
        String family = Calls.unusedFamilyName();
        incident(family, 400);
        incident(family, 40);
        IncidentFile third = incident(family, 0);

        Assessment done = completed(third, 2, null, null);

        assertThat(done.callOuts()).isEqualTo(2);
        assertThat(done.criteria()).isEmpty();
    }

    @Test
    void anAssessmentIsForAVictimOfTheIncidentNotTheSuspect() {
        IncidentFile file = incident(Calls.unusedFamilyName(), 0);

        assertThatThrownBy(() -> calls.as("officer", () -> assessments.start(file.incident().id(), suspectOf(file), null)))
                .isInstanceOfSatisfying(InvalidRequest.class, refused -> assertThat(refused.byField())
                        .containsKey("victimId").extractingByKey("victimId").asString().contains("not a victim"));
        assertThat(jdbc.sql("SELECT count(*) FROM risk.assessment WHERE incident_id = :id")
                .param("id", file.incident().id()).query(Long.class).single()).isZero();
    }

    @Test
    void badAnswersAreRefusedEachWithItsQuestionAndNothingIsSaved() {
        IncidentFile file = incident(Calls.unusedFamilyName(), 0);
        Assessment draft = calls.as("officer", () -> assessments.start(file.incident().id(), victimOf(file), null));
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("dash-01", "YES");
        typed.put("dash-02", "MAYBE");
        typed.put("dash-03", "NOT_ASKED");
        typed.put("dash-99", "YES");

        assertThatThrownBy(() -> calls.as("officer", () -> assessments.save(draft.id(), draft.version(),
                new AssessmentAnswers(typed, Map.of(), null))))
                .isInstanceOfSatisfying(InvalidRequest.class, refused -> assertThat(refused.byField())
                        .containsKeys("dash-02", "dash-03-reason", "dash-99"));

        assertThat(calls.as("officer", () -> assessments.view(draft.id()).assessment().answers())).isEmpty();
    }

    @Test
    void anAssessmentCanBeSavedPartWayResumedAndAStaleVersionIsRefused() {
        IncidentFile file = incident(Calls.unusedFamilyName(), 0);
        Assessment draft = calls.as("officer", () -> assessments.start(file.incident().id(), victimOf(file), null));
        Map<String, String> firstFive = new LinkedHashMap<>(Dash.answers(3));
        firstFive.keySet().retainAll(java.util.List.of("dash-01", "dash-02", "dash-03", "dash-04", "dash-05"));
        firstFive.put("dash-05", "NOT_ASKED");
        Assessment saved = calls.as("officer", () -> assessments.save(draft.id(), draft.version(),
                new AssessmentAnswers(firstFive, Map.of("dash-05", "Suspect in the room"), null)));

        Assessment resumed = calls.as("officer", () -> assessments.start(file.incident().id(), victimOf(file), null));
        assertThat(resumed.id()).isEqualTo(draft.id());
        assertThat(resumed.answers()).hasSize(5);
        assertThat(resumed.answerTo("dash-05")).get().extracting(Assessment.GivenAnswer::notAskedReason)
                .isEqualTo("Suspect in the room");

        assertThatThrownBy(() -> calls.as("officer", () -> assessments.save(draft.id(), draft.version(),
                new AssessmentAnswers(Map.of("dash-06", "YES"), Map.of(), null))))
                .isInstanceOf(ConcurrentEdit.class);
        assertThatThrownBy(() -> calls.as("officer", () -> assessments.complete(saved.id(), saved.version(),
                AssessmentAnswers.none(), null, null)))
                .isInstanceOfSatisfying(InvalidRequest.class, refused -> assertThat(refused.byField())
                        .containsKeys("dash-06", "dash-27").doesNotContainKey("dash-05"));
    }

    @Test
    void theCurrentLevelIsTheLatestAndTheTimelineSaysWhatChanged() {
        String family = Calls.unusedFamilyName();
        IncidentFile earlier = incident(family, 20);
        IncidentFile later = incident(family, 0);
        completed(earlier, 15, null, null);
        completed(later, 11, null, null);

        RiskTimeline timeline = calls.as("specialist", () -> assessments.timeline(victimOf(later)));

        assertThat(timeline.currentLevel()).contains(RiskLevel.MEDIUM);
        assertThat(timeline.entries()).extracting(RiskTimeline.Entry::change)
                .containsExactly("Lowered from high", "First assessment");
    }

    @Test
    void theHistoryPanelShowsTheCurrentLevelWhenAndByWhomAndTheCriteriaMet() {
        String family = Calls.unusedFamilyName();
        IncidentFile file = incident(family, 0);
        completed(file, 16, null, null);

        var found = calls.as("call.handler", () -> history.lookUp(
                new HistoryQuery(null, null, null, "Nina", family, LocalDate.of(1990, 4, 2))));

        assertThat(found.sections()).anySatisfy(section -> {
            assertThat(section.title()).isEqualTo("Risk");
            assertThat(section.lines()).singleElement().asString()
                    .contains("Nina " + family + ": High risk (16 Yes, DASH v1)")
                    .contains("by Alex Rowan")
                    .contains("MARAC criteria met: Visible high risk");
        });
    }

    @Test
    void aPartnerSystemSubmitsACompleteAssessmentOverTheApi() throws Exception {
        IncidentFile file = incident(Calls.unusedFamilyName(), 0);
        String body = """
                {"victimId": %d, "complete": true, "victimView": "Scared", "answers": %s}"""
                .formatted(victimOf(file), json(Dash.answers(14)));

        mvc.perform(post("/api/v1/incidents/{id}/risk-assessments", file.incident().id()).with(staff.as("officer"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.finalLevel").value("HIGH"))
                .andExpect(jsonPath("$.criteria", hasItem("VISIBLE_HIGH_RISK")));
    }

    @Test
    void aRefusedApiSubmissionIsProblemJsonAndKeepsNothing() throws Exception {
        IncidentFile file = incident(Calls.unusedFamilyName(), 0);
        String body = """
                {"victimId": %d, "complete": true, "judgementLevel": "STANDARD", "answers": %s}"""
                .formatted(victimOf(file), json(Dash.answers(14)));

        mvc.perform(post("/api/v1/incidents/{id}/risk-assessments", file.incident().id()).with(staff.as("officer"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("judgementLevel")));
        assertThat(jdbc.sql("SELECT count(*) FROM risk.assessment WHERE incident_id = :id")
                .param("id", file.incident().id()).query(Long.class).single()).isZero();
    }

    @Test
    void aPartnerFromAnotherAgencyCannotReadAPoliceAssessment() {
        Assessment done = completed(incident(Calls.unusedFamilyName(), 0), 5, null, null);

        assertThatThrownBy(() -> calls.as("partner", () -> assessments.view(done.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theIncidentPageOffersTheAssessmentAndTheQuestionPagesShowErrorsInTheSummary() throws Exception {
        IncidentFile file = incident(Calls.unusedFamilyName(), 0);
        long incidentId = file.incident().id();
        mvc.perform(get("/incidents/{id}", incidentId).with(staff.as("officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Assess risk (DASH) for Nina")));

        String started = mvc.perform(post("/incidents/{id}/risk-assessments", incidentId).with(staff.as("officer"))
                        .with(csrf()).param("victimId", Long.toString(victimOf(file))))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(started).matches("/risk/assessments/\\d+/questions/1");

        mvc.perform(get(started).with(staff.as("officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("What happened now")))
                .andExpect(content().string(containsString("Is the victim hurt now?")));
        long id = Long.parseLong(started.split("/")[3]);
        int version = calls.as("officer", () -> assessments.view(id).assessment().version());
        mvc.perform(post(started).with(staff.as("officer")).with(csrf()).param("version", Integer.toString(version))
                        .param("answer-dash-01", "NOT_ASKED").param("answer-dash-02", "YES").param("action", "continue"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#dash-01-reason\"")));
        mvc.perform(post(started).with(staff.as("officer")).with(csrf()).param("version", Integer.toString(version))
                        .param("answer-dash-01", "NOT_ASKED").param("reason-dash-01", "Victim too distressed")
                        .param("answer-dash-02", "YES").param("action", "continue"))
                .andExpect(redirectedUrl("/risk/assessments/" + id + "/questions/2"));
        mvc.perform(get("/risk/assessments/{id}/questions/99", id).with(staff.as("officer")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aDipSampleUpgradeAsksTheAssessorToAssessAgainUntilANewAssessmentIsCompleted() throws Exception {
        IncidentFile file = incident(Calls.unusedFamilyName(), 0);
        Assessment first = completed(file, 3, null, null);
        // A Monday no other test draws: each week is drawn once per database.
        LocalDate week = LocalDate.of(2017, 3, 6);
        jdbc.sql("UPDATE risk.assessment SET completed_at = :at WHERE id = :id")
                .param("at", java.sql.Timestamp.from(week.plusDays(2).atStartOfDay(LONDON).toInstant()))
                .param("id", first.id()).update();
        DipSample sample = calls.as("supervisor", () -> dipSamples.draw(week, 7L));
        DipReview drawn = calls.as("supervisor", () -> dipSamples.sample(sample.id()).getValue()).stream()
                .filter(r -> r.assessmentId() == first.id()).findFirst().orElseThrow();

        calls.as("specialist", () -> dipSamples.record(drawn.id(), drawn.version(), "HIGH",
                "Strangulation disclosed in the summary; should be high."));

        assertThat(calls.as("officer", () -> assessments.reassessmentsDue())).first().satisfies(due -> {
            assertThat(due.victimId()).isEqualTo(victimOf(file));
            assertThat(due.owner()).isEqualTo("officer");
            assertThat(due.reason()).contains("judged the level high, not standard");
        });
        mvc.perform(get("/incidents/{id}", file.incident().id()).with(staff.as("officer")))
                .andExpect(content().string(containsString("Re-assessment due")))
                .andExpect(content().string(containsString("Assess risk again for Nina")));

        completed(file, 15, null, null);

        assertThat(calls.as("officer", () -> assessments.reassessmentsDue()))
                .noneMatch(due -> due.victimId() == victimOf(file));
    }

    private static String json(Map<String, String> answers) {
        StringBuilder json = new StringBuilder("{");
        answers.forEach((question, answer) -> json.append(json.length() > 1 ? "," : "")
                .append('"').append(question).append("\":\"").append(answer).append('"'));
        return json.append('}').toString();
    }
}

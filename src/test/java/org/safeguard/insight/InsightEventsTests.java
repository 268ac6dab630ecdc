package org.safeguard.insight;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.safeguard.identity.Sex;
import org.safeguard.insight.rules.AgeBand;
import org.safeguard.insight.rules.Counter;
import org.safeguard.insight.rules.IncidentTallies;
import org.safeguard.insight.store.TallyStore;
import org.safeguard.intake.CrimeOutcome;
import org.safeguard.intake.Grade;
import org.safeguard.intake.IncidentFile;
import org.safeguard.intake.IncidentRecorded;
import org.safeguard.intake.Incidents;
import org.safeguard.intake.NewAttendance;
import org.safeguard.intake.NewIncident;
import org.safeguard.intake.NewParty;
import org.safeguard.intake.OffenceGroup;
import org.safeguard.intake.PartyRole;
import org.safeguard.risk.Assessment;
import org.safeguard.risk.AssessmentAnswers;
import org.safeguard.risk.RiskAssessed;
import org.safeguard.risk.RiskAssessments;
import org.safeguard.support.Calls;
import org.safeguard.support.Dash;
import org.safeguard.support.Eventually;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9, the aggregates kept as events arrive: one domestic abuse incident in a town of its own, then an offence,
 * the attendance, the crime's outcome and a DASH as they come; after each, the tallies (read as the measures read
 * them) have changed by exactly what the rules say — and a redelivered event changes nothing.
 */
@SafeguardTest
@RecordApplicationEvents
class InsightEventsTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Set<Counter> ADDITIVE = EnumSet.complementOf(EnumSet.copyOf(
            java.util.Arrays.stream(Counter.values()).filter(Counter::distinct).toList()));

    @Autowired
    Calls calls;
    @Autowired
    Incidents incidents;
    @Autowired
    RiskAssessments assessments;
    @Autowired
    TallyStore tallies;
    @Autowired
    InsightEvents insightEvents;
    @Autowired
    ApplicationEvents events;

    @Test
    void eachEventChangesTheTalliesByWhatTheRulesSayAndARedeliveredOneChangesNothing() {
        String town = "Tallyford " + Calls.unusedFamilyName();
        Instant received = Instant.now().minus(Duration.ofHours(3)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        LocalDate month = received.atZone(LONDON).toLocalDate().withDayOfMonth(1);
        IncidentFile file = calls.record("call.handler", Calls.domesticAbuseIn(town, received, null, "3 Mill Lane",
                Calls.unusedPostcode(), Calls.victim("Rosa", Calls.unusedFamilyName(), LocalDate.of(1990, 4, 2)),
                Calls.suspect("Dean", Calls.unusedFamilyName(), LocalDate.of(1985, 1, 9)), "PRIORITY"));
        long id = file.incident().id();
        int heat = IncidentTallies.heatCell(received.atZone(LONDON));

        Map<Counter, Map<Integer, Long>> recorded = settled(town, month, "NONE", Counter.DA_INCIDENTS, 0, 1);
        assertThat(recorded).containsOnlyKeys(Counter.INCIDENTS, Counter.DA_INCIDENTS, Counter.DA_HEAT);
        assertThat(recorded.get(Counter.DA_HEAT)).containsExactly(Map.entry(heat, 1L));
        Map<Counter, Map<Integer, Long>> people = tallies.distinct(EnumSet.of(Counter.VICTIMS, Counter.VICTIMS_BY_SEX,
                Counter.VICTIMS_BY_AGE, Counter.SUSPECTS, Counter.SUSPECTS_BY_SEX), Period.containing(Period.Kind.MONTH,
                month), town);
        assertThat(people.get(Counter.VICTIMS)).containsExactly(Map.entry(0, 1L));
        assertThat(people.get(Counter.VICTIMS_BY_SEX)).containsExactly(Map.entry(Sex.FEMALE.ordinal(), 1L));
        assertThat(people.get(Counter.VICTIMS_BY_AGE)).containsOnlyKeys(AgeBand.of(LocalDate.of(1990, 4, 2),
                received.atZone(LONDON).toLocalDate()).ordinal());
        assertThat(people.get(Counter.SUSPECTS_BY_SEX)).containsExactly(Map.entry(Sex.MALE.ordinal(), 1L));

        calls.as("officer", () -> incidents.recordOffence(id, OffenceGroup.HARASSMENT));
        Map<Counter, Map<Integer, Long>> crime = settled(town, month, "NONE", Counter.DA_CRIMES, 0, 1);
        assertThat(crime.get(Counter.CRIMES)).containsExactly(Map.entry(0, 1L));

        calls.as("officer", () -> incidents.recordAttendance(id, new NewAttendance(received.plus(Duration.ofMinutes(42)),
                2, true, true, true, false, false, true, null)));
        Map<Counter, Map<Integer, Long>> attended = settled(town, month, "NONE", Counter.DA_ATTENDED, 0, 1);
        assertThat(attended.get(Counter.DA_ARRIVAL_MINUTES)).as("kept among the priority grade's arrivals")
                .containsExactly(Map.entry(Grade.PRIORITY.ordinal() * IncidentTallies.ARRIVAL_SLOTS_PER_GRADE + 42, 1L));
        assertThat(attended.get(Counter.DA_ATTENDED_WITH_TARGET)).containsExactly(Map.entry(0, 1L));
        assertThat(attended.get(Counter.DA_ATTENDED_WITHIN_TARGET)).as("priority: an hour").containsExactly(Map.entry(0, 1L));
        assertThat(attended.get(Counter.DA_TWO_OFFICERS)).containsExactly(Map.entry(0, 1L));
        assertThat(attended.get(Counter.DA_BODY_WORN_VIDEO)).containsExactly(Map.entry(0, 1L));
        assertThat(attended.get(Counter.DA_ARRESTS)).containsExactly(Map.entry(0, 1L));

        calls.as("officer", () -> incidents.recordOutcome(id, OffenceGroup.HARASSMENT, CrimeOutcome.ADULT_CAUTION));
        settled(town, month, "NONE", Counter.DA_OUTCOMES, CrimeOutcome.ADULT_CAUTION.ordinal(), 1);
        calls.as("officer", () -> incidents.recordOutcome(id, OffenceGroup.HARASSMENT, CrimeOutcome.CHARGE_OR_SUMMONS));
        Map<Counter, Map<Integer, Long>> corrected = settled(town, month, "NONE", Counter.DA_OUTCOMES,
                CrimeOutcome.CHARGE_OR_SUMMONS.ordinal(), 1);
        assertThat(corrected.get(Counter.DA_OUTCOMES)).as("the correction replaces the caution")
                .containsExactly(Map.entry(CrimeOutcome.CHARGE_OR_SUMMONS.ordinal(), 1L));

        long victim = file.incident().partiesIn(PartyRole.VICTIM).get(0).personId();
        Assessment done = calls.as("officer", () -> {
            Assessment draft = assessments.start(id, victim, null);
            return assessments.complete(draft.id(), draft.version(),
                    new AssessmentAnswers(Dash.answers(14), Map.of(), "He said he would come back."), null, null);
        });
        Map<Counter, Map<Integer, Long>> high = settled(town, month, "HIGH", Counter.DA_INCIDENTS, 0, 1);
        Map<Counter, Map<Integer, Long>> none = sums(town, month, "NONE");
        assertThat(none).as("a level arriving later moves every count from NONE").doesNotContainKeys(
                Counter.INCIDENTS, Counter.DA_INCIDENTS, Counter.DA_CRIMES, Counter.DA_ATTENDED, Counter.DA_OUTCOMES);
        assertThat(high).containsKeys(Counter.DA_CRIMES, Counter.DA_ARRIVAL_MINUTES, Counter.DA_OUTCOMES);
        Map<Counter, Map<Integer, Long>> assessed = settled(town, thisMonth(), "HIGH", Counter.ASSESSMENTS, 0, 1);
        assertThat(assessed.get(Counter.ASSESSMENTS_ALL_ASKED)).containsExactly(Map.entry(0, 1L));
        assertThat(assessed).doesNotContainKey(Counter.ASSESSMENTS_RAISED);

        assertThat(tallies.sumsByMonth(new TallyStore.Query(EnumSet.of(Counter.DA_INCIDENTS), month.minusMonths(11),
                month.plusMonths(1), town, "POLICE", "HIGH"))).as("the time series puts it in its month")
                .containsExactly(Map.entry(month, Map.of(Counter.DA_INCIDENTS, Map.of(0, 1L))));

        Map<Counter, Map<Integer, Long>> before = sums(town, month, null);
        IncidentRecorded again = events.stream(IncidentRecorded.class).filter(e -> e.incidentId() == id).findFirst()
                .orElseThrow();
        insightEvents.apply(again);
        events.stream(RiskAssessed.class).filter(e -> e.assessmentId() == done.id()).forEach(insightEvents::apply);
        assertThat(sums(town, month, null)).as("redelivered events change nothing").isEqualTo(before);
        assertThat(tallies.distinct(EnumSet.of(Counter.VICTIMS), Period.containing(Period.Kind.YEAR, month), town)
                .get(Counter.VICTIMS)).containsExactly(Map.entry(0, 1L));
    }

    @Test
    void repeatVictimsTwelveMonthRuleCountsEachVictimByTheirOwnHistoryNotTheIncidentsFlag() {
        String town = "Twofold " + Calls.unusedFamilyName();
        Instant received = Instant.now().minus(Duration.ofHours(3)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        LocalDate month = received.atZone(LONDON).toLocalDate().withDayOfMonth(1);
        NewParty known = Calls.victim("Ada", Calls.unusedFamilyName(), LocalDate.of(1988, 6, 1));
        NewParty suspect = Calls.suspect("Carl", Calls.unusedFamilyName(), LocalDate.of(1984, 2, 3));
        calls.record("call.handler", Calls.domesticAbuseIn(town, received.minus(Duration.ofDays(20)), null, "8 Kiln Row",
                Calls.unusedPostcode(), known, suspect, "PRIORITY"));
        NewIncident both = Calls.domesticAbuseIn(town, received, null, "8 Kiln Row", Calls.unusedPostcode(), known,
                suspect, "PRIORITY");
        NewParty firstTime = Calls.victim("Bea", Calls.unusedFamilyName(), LocalDate.of(1992, 9, 9));
        IncidentFile second = calls.record("call.handler", new NewIncident(both.receivedAt(), both.channel(),
                both.callerName(), both.callerPhone(), both.location(), both.town(), both.postcode(),
                List.of(known, firstTime, suspect), both.relationship(), both.bothAged16OrOver(), both.personallyConnected(),
                both.childrenPresent(), both.childrenLiving(), both.childAges(), both.weapon(), both.injury(),
                both.threatToLife(), both.grade(), both.summary()));
        assertThat(second.incident().repeatVictim()).as("the incident is a repeat: one of its victims is").isTrue();

        Period period = Period.containing(Period.Kind.MONTH, month);
        Map<Counter, Map<Integer, Long>> people = Eventually.found(() -> Optional.of(tallies.distinct(
                EnumSet.of(Counter.VICTIMS, Counter.REPEAT_VICTIMS), period, town))
                .filter(p -> p.getOrDefault(Counter.VICTIMS, Map.of()).getOrDefault(0, 0L) == 2));
        assertThat(people.get(Counter.REPEAT_VICTIMS)).as("repeat victims: 1 of 2").containsExactly(Map.entry(0, 1L));
    }

    @Test
    void anAssessmentCountedBeforeItsIncidentWasRecordedMovesToTheIncidentsAreaAndAgency() {
        String town = "Lateburn " + Calls.unusedFamilyName();
        long incidentId = 9_000_000_000L + Math.abs(town.hashCode());
        long assessmentId = incidentId;
        Instant completed = Instant.now().minus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        LocalDate month = completed.atZone(LONDON).toLocalDate().withDayOfMonth(1);
        insightEvents.apply(new RiskAssessed(assessmentId, 1L, "A", incidentId, org.safeguard.risk.RiskLevel.MEDIUM, null,
                Set.of(), completed, "officer", true));
        insightEvents.apply(new IncidentRecorded(incidentId, "TEST-" + incidentId, completed.minus(Duration.ofHours(2)),
                Grade.PRIORITY, true, List.of(), List.of(), List.of(), Map.of(), null, town, false, List.of(),
                "call.handler", "POLICE"));

        assertThat(sums(town, month, "MEDIUM").get(Counter.ASSESSMENTS)).containsExactly(Map.entry(0, 1L));
        assertThat(tallies.sums(new TallyStore.Query(EnumSet.of(Counter.ASSESSMENTS), month, month.plusMonths(1), town,
                "POLICE", "MEDIUM")).get(Counter.ASSESSMENTS)).containsExactly(Map.entry(0, 1L));
    }

    /** Assessments count in the month they are completed: now. */
    private static LocalDate thisMonth() {
        return Instant.now().atZone(LONDON).toLocalDate().withDayOfMonth(1);
    }

    private Map<Counter, Map<Integer, Long>> sums(String town, LocalDate month, String risk) {
        return tallies.sums(new TallyStore.Query(ADDITIVE, month, month.plusMonths(1), town, null, risk));
    }

    /** The sums once the listeners have put {@code value} in the counter's slot. */
    private Map<Counter, Map<Integer, Long>> settled(String town, LocalDate month, String risk, Counter counter, int slot,
                                                     long value) {
        Supplier<Optional<Map<Counter, Map<Integer, Long>>>> probe = () -> {
            Map<Counter, Map<Integer, Long>> now = sums(town, month, risk);
            return Optional.of(now).filter(s -> s.getOrDefault(counter, Map.of()).getOrDefault(slot, 0L) == value);
        };
        return Eventually.found(probe);
    }
}

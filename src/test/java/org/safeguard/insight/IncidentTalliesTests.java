package org.safeguard.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguard.insight.rules.AgeBand;
import org.safeguard.insight.rules.Counter;
import org.safeguard.insight.rules.IncidentFact;
import org.safeguard.insight.rules.IncidentTallies;
import org.safeguard.insight.rules.PeriodPeople;
import org.safeguard.insight.rules.RecordTallies;
import org.safeguard.insight.rules.Tally;

import static org.assertj.core.api.Assertions.assertThat;

/** The tallies an incident's facts give, and what each change adds: the rule both the events and the rebuild count by. */
class IncidentTalliesTests {

    private static final IncidentTallies RULES = new IncidentTallies(List.of("CHARGE_OR_SUMMONS", "ADULT_CAUTION",
            "EVIDENTIAL_VICTIM_DOES_NOT_SUPPORT"), List.of("IMMEDIATE", "PRIORITY", "SCHEDULED"),
            Set.of("IMMEDIATE", "PRIORITY"));
    private static final Instant OUTCOME_AT = Instant.parse("2026-11-20T10:00:00Z");
    /** Saturday 14 November 2026, 23:30 UK time (GMT). */
    private static final Instant SATURDAY_NIGHT = Instant.parse("2026-11-14T23:30:00Z");
    private static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 1);

    private static IncidentFact recorded(boolean domesticAbuse) {
        return IncidentFact.unknown(1).recordedAs(SATURDAY_NIGHT, "Hitchin", "POLICE", "IMMEDIATE",
                domesticAbuse, true, List.of(10L), List.of(10L), List.of(20L), 1);
    }

    @Test
    void aDomesticAbuseIncidentCountsOnceInItsUkMonthAreaAgencyAndRiskNoneUntilAssessed() {
        List<Tally> added = RULES.change(IncidentFact.unknown(1), recorded(true));

        assertThat(added).contains(
                Tally.of(Counter.INCIDENTS, 0, NOVEMBER, "Hitchin", "POLICE", "NONE", 1),
                Tally.of(Counter.DA_INCIDENTS, 0, NOVEMBER, "Hitchin", "POLICE", "NONE", 1),
                Tally.of(Counter.DA_INCIDENTS_REPEAT_VICTIM, 0, NOVEMBER, "Hitchin", "POLICE", "NONE", 1),
                Tally.of(Counter.DA_INCIDENTS_CHILDREN_PRESENT, 0, NOVEMBER, "Hitchin", "POLICE", "NONE", 1),
                Tally.of(Counter.DA_HEAT, 6 * 24 + 23, NOVEMBER, "Hitchin", "POLICE", "NONE", 1));
        assertThat(added).hasSize(5);
    }

    @Test
    void anIncidentThatIsNotDomesticAbuseCountsOnlyAmongAllIncidentsAndCrimes() {
        IncidentFact other = recorded(false).withOffence("CRIMINAL_DAMAGE");

        assertThat(RULES.of(other)).containsExactlyInAnyOrder(
                Tally.of(Counter.INCIDENTS, 0, NOVEMBER, "Hitchin", "POLICE", "NONE", 1),
                Tally.of(Counter.CRIMES, 0, NOVEMBER, "Hitchin", "POLICE", "NONE", 1));
    }

    @Test
    void factsArrivingBeforeTheRecordingCountNothingUntilTheIncidentIsRecorded() {
        IncidentFact early = IncidentFact.unknown(1).withOffence("COMMON_ASSAULT")
                .withAttendance(new IncidentFact.Attendance(SATURDAY_NIGHT.plusSeconds(600), true, 2, true, true), "IMMEDIATE");

        assertThat(RULES.of(early)).isEmpty();
        assertThat(RULES.change(early, early.recordedAs(SATURDAY_NIGHT, "Hitchin", "POLICE", "IMMEDIATE", true, false,
                List.of(), List.of(10L), List.of(), 0))).contains(Tally.of(Counter.DA_CRIMES, 0, NOVEMBER, "Hitchin", "POLICE", "NONE", 1),
                Tally.of(Counter.DA_ARRESTS, 0, NOVEMBER, "Hitchin", "POLICE", "NONE", 1),
                Tally.of(Counter.DA_ARRIVAL_MINUTES, 10, NOVEMBER, "Hitchin", "POLICE", "NONE", 1));
    }

    @Test
    void aRiskLevelArrivingLaterMovesTheIncidentsCountsFromNoneToItsLevel() {
        IncidentFact before = recorded(true).withOffence("COMMON_ASSAULT");
        IncidentFact after = before.assessed("HIGH", SATURDAY_NIGHT.plusSeconds(3600));

        List<Tally> moved = RULES.change(before, after);

        assertThat(moved).contains(
                Tally.of(Counter.DA_INCIDENTS, 0, NOVEMBER, "Hitchin", "POLICE", "NONE", -1),
                Tally.of(Counter.DA_INCIDENTS, 0, NOVEMBER, "Hitchin", "POLICE", "HIGH", 1),
                Tally.of(Counter.DA_CRIMES, 0, NOVEMBER, "Hitchin", "POLICE", "NONE", -1),
                Tally.of(Counter.DA_CRIMES, 0, NOVEMBER, "Hitchin", "POLICE", "HIGH", 1));
        assertThat(Tally.withTotals(moved)).as("the totals over every risk level do not move")
                .noneMatch(t -> t.risk().equals(Tally.ALL));
    }

    @Test
    void anEarlierAssessmentCompletedAfterALaterOneLeavesTheLatestLevel() {
        IncidentFact high = recorded(true).assessed("HIGH", SATURDAY_NIGHT.plusSeconds(7200));

        assertThat(high.assessed("STANDARD", SATURDAY_NIGHT.plusSeconds(3600))).isEqualTo(high);
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        IncidentFact once = recorded(true).withOffence("COMMON_ASSAULT").withOutcome("COMMON_ASSAULT", "ADULT_CAUTION", OUTCOME_AT)
                .withAttendance(new IncidentFact.Attendance(SATURDAY_NIGHT.plusSeconds(900), true, 2, true, false), "IMMEDIATE");
        IncidentFact twice = once.withOffence("COMMON_ASSAULT").withOutcome("COMMON_ASSAULT", "ADULT_CAUTION", OUTCOME_AT)
                .withAttendance(new IncidentFact.Attendance(SATURDAY_NIGHT.plusSeconds(900), true, 2, true, false), "IMMEDIATE")
                .recordedAs(SATURDAY_NIGHT, "Hitchin", "POLICE", "IMMEDIATE", true, true, List.of(10L), List.of(10L),
                        List.of(20L), 1);

        assertThat(twice).isEqualTo(once);
        assertThat(RULES.change(once, twice)).isEmpty();
    }

    @Test
    void aCorrectedOutcomeMovesTheCrimeFromTheOldOutcomeToTheNew() {
        IncidentFact cautioned = recorded(true).withOffence("COMMON_ASSAULT").withOutcome("COMMON_ASSAULT", "ADULT_CAUTION", OUTCOME_AT);

        List<Tally> moved = RULES.change(cautioned, cautioned.withOutcome("COMMON_ASSAULT", "CHARGE_OR_SUMMONS",
                OUTCOME_AT.plusSeconds(60)));

        assertThat(moved).containsExactlyInAnyOrder(
                Tally.of(Counter.DA_OUTCOMES, 0, NOVEMBER, "Hitchin", "POLICE", "NONE", 1),
                Tally.of(Counter.DA_OUTCOMES, 1, NOVEMBER, "Hitchin", "POLICE", "NONE", -1));
    }

    @Test
    void anOutcomeRecordedBeforeTheOneHeldArrivingLateLeavesTheCorrection() {
        IncidentFact corrected = recorded(true).withOffence("COMMON_ASSAULT")
                .withOutcome("COMMON_ASSAULT", "CHARGE_OR_SUMMONS", OUTCOME_AT.plusSeconds(3600));

        assertThat(corrected.withOutcome("COMMON_ASSAULT", "ADULT_CAUTION", OUTCOME_AT)).isEqualTo(corrected);
        assertThat(RULES.of(corrected)).contains(Tally.of(Counter.DA_OUTCOMES, 0, NOVEMBER, "Hitchin", "POLICE", "NONE", 1));
    }

    @Test
    void withinTargetCountsOnlyAmongAttendancesWhoseGradeHasATargetAndArrivalMinutesAreKeptPerGrade() {
        IncidentFact.Attendance late = new IncidentFact.Attendance(SATURDAY_NIGHT.plusSeconds(25 * 60), false, 1, false,
                false);
        IncidentFact priority = IncidentFact.unknown(3).recordedAs(SATURDAY_NIGHT, "Hitchin", "POLICE", "PRIORITY", true,
                false, List.of(), List.of(10L), List.of(), 0).withAttendance(late, "PRIORITY");
        IncidentFact scheduled = IncidentFact.unknown(4).recordedAs(SATURDAY_NIGHT, "Hitchin", "POLICE", "SCHEDULED", true,
                false, List.of(), List.of(10L), List.of(), 0).withAttendance(late, "SCHEDULED");

        assertThat(RULES.of(priority)).contains(
                Tally.of(Counter.DA_ATTENDED_WITH_TARGET, 0, NOVEMBER, "Hitchin", "POLICE", "NONE", 1),
                Tally.of(Counter.DA_ARRIVAL_MINUTES, 10_000 + 25, NOVEMBER, "Hitchin", "POLICE", "NONE", 1));
        assertThat(RULES.of(scheduled)).as("a grade without a target is not among those measured against one")
                .contains(Tally.of(Counter.DA_ATTENDED, 0, NOVEMBER, "Hitchin", "POLICE", "NONE", 1),
                        Tally.of(Counter.DA_ARRIVAL_MINUTES, 20_000 + 25, NOVEMBER, "Hitchin", "POLICE", "NONE", 1))
                .noneMatch(t -> t.counter().equals(Counter.DA_ATTENDED_WITH_TARGET.name())
                        || t.counter().equals(Counter.DA_ATTENDED_WITHIN_TARGET.name()));
    }

    @Test
    void arrivalIsCountedInWholeMinutesAndADayOrMoreCountsAsADay() {
        assertThat(IncidentTallies.arrivalMinutes(SATURDAY_NIGHT, SATURDAY_NIGHT.plusSeconds(14 * 60 + 59))).isEqualTo(14);
        assertThat(IncidentTallies.arrivalMinutes(SATURDAY_NIGHT, SATURDAY_NIGHT.plusSeconds(3 * 86_400))).isEqualTo(1440);
        assertThat(IncidentTallies.arrivalMinutes(SATURDAY_NIGHT, SATURDAY_NIGHT.minusSeconds(60))).isZero();
    }

    @Test
    void theHeatMapCellIsTheUkWeekdayAndHourInSummerTime() {
        Instant mondayOneAmBst = Instant.parse("2026-07-06T00:30:00Z");
        IncidentFact summer = IncidentFact.unknown(2).recordedAs(mondayOneAmBst, "", "POLICE", "PRIORITY", true, false,
                List.of(), List.of(), List.of(), 0);

        assertThat(RULES.of(summer)).contains(Tally.of(Counter.DA_HEAT, 24 + 1, LocalDate.of(2026, 7, 1), "", "POLICE",
                "NONE", 1));
    }

    @Test
    void eachAmountIsAlsoAddedToTheTotalsOverAreaAgencyAndRisk() {
        List<Tally> rows = Tally.withTotals(List.of(Tally.of(Counter.INCIDENTS, 0, NOVEMBER, "Hitchin", "POLICE", "NONE", 1)));

        assertThat(rows).hasSize(8).allMatch(t -> t.value() == 1);
        assertThat(rows).contains(new Tally("INCIDENTS", "*", "*", "*", NOVEMBER, 0, 1),
                new Tally("INCIDENTS", "POLICE", "*", "Hitchin", NOVEMBER, 0, 1));
    }

    @Test
    void victimsCodeUpdateDoneAtItsDueTimeIsOnTimeAndAMinuteLaterIsNot() {
        Instant due = Instant.parse("2026-11-16T17:00:00Z");

        assertThat(RecordTallies.victimsCodeUpdate(due, due, "Hitchin")).extracting(Tally::counter)
                .containsExactly("VICTIMS_CODE_UPDATES", "VICTIMS_CODE_ON_TIME");
        assertThat(RecordTallies.victimsCodeUpdate(due.plusSeconds(60), due, "Hitchin")).extracting(Tally::counter)
                .containsExactly("VICTIMS_CODE_UPDATES");
    }

    @Test
    void aPersonIsCountedInTheirMonthQuarterAndYearInTheAreaAndInEveryAreaWithTheirAgeBandThen() {
        List<PeriodPeople.Row> rows = PeriodPeople.rows(10, PeriodPeople.Role.VICTIM, SATURDAY_NIGHT, "Hitchin", 0,
                LocalDate.of(2009, 11, 15));

        assertThat(rows).extracting(PeriodPeople.Row::periodStart).containsExactly(NOVEMBER, NOVEMBER,
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1));
        assertThat(rows).extracting(PeriodPeople.Row::area).containsExactly("Hitchin", "*", "Hitchin", "*", "Hitchin", "*");
        assertThat(rows).allMatch(r -> r.ageBand() == AgeBand.AGED_16_17.ordinal());
        assertThat(PeriodPeople.tallies(rows.get(2))).containsExactlyInAnyOrder(
                new Tally("VICTIMS/Q", "*", "*", "Hitchin", LocalDate.of(2026, 10, 1), 0, 1),
                new Tally("VICTIMS_BY_SEX/Q", "*", "*", "Hitchin", LocalDate.of(2026, 10, 1), 0, 1),
                new Tally("VICTIMS_BY_AGE/Q", "*", "*", "Hitchin", LocalDate.of(2026, 10, 1), AgeBand.AGED_16_17.ordinal(), 1));
    }
}

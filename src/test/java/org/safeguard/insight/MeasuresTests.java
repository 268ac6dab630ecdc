package org.safeguard.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.safeguard.insight.rules.Counter;
import org.safeguard.insight.rules.Measures;
import org.safeguard.insight.rules.Sums;

/** The arithmetic the dashboard's measures share, and the benchmarks' standing. */
class MeasuresTests {

    @Test
    void medianTimeToArriveIsTheMiddleMinuteOfTheHistogram() {
        // 1 arrived in 5 minutes, 3 in 12, 1 in 90: the third of five is 12.
        assertThat(Measures.median(Map.of(5, 1L, 12, 3L, 90, 1L))).isEqualTo(12.0);
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleMinutes() {
        assertThat(Measures.median(Map.of(10, 2L, 20, 2L))).isEqualTo(15.0);
        assertThat(Measures.median(Map.of(7, 1L, 8, 1L))).isEqualTo(7.5);
    }

    @Test
    void medianIgnoresEmptyBucketsAndIsUnknownWithNoArrivals() {
        assertThat(Measures.median(Map.of(3, 0L, 40, 1L))).isEqualTo(40.0);
        assertThat(Measures.median(Map.of())).isNull();
        assertThat(Measures.median(Map.of(15, 0L))).isNull();
    }

    @Test
    void arrestsPer100CrimesAndNothingToDivideByIsUnknownNotZero() {
        assertThat(Measures.per100(76, 100)).isEqualTo(76.0);
        assertThat(Measures.per100(19, 25)).isEqualTo(76.0);
        assertThat(Measures.per100(2, 3)).isEqualTo(66.7);
        assertThat(Measures.per100(0, 0)).isNull();
        assertThat(Measures.per100(0, 10)).isEqualTo(0.0);
    }

    @Test
    void sharesAndRatiosAreUnknownWithoutADenominator() {
        assertThat(Measures.percent(1, 3)).isEqualTo(33.3);
        assertThat(Measures.percent(5, 0)).isNull();
        assertThat(Measures.ratio(7, 4)).isEqualTo(1.75);
        assertThat(Measures.ratio(3, 0)).isNull();
    }

    @Test
    void maracVolumeIsCasesHeardAnnualisedPer10000AdultWomen() {
        // SafeLives: 40 a year per 10,000 adult women. 30 cases in a quarter = 120 a year; 30,000 women → 40.
        assertThat(Measures.per10000AYear(30, 0.25, 30_000L)).isEqualTo(40.0);
        // A month: 10 cases = 120 a year.
        assertThat(Measures.per10000AYear(10, 1 / 12.0, 30_000L)).isEqualTo(40.0);
        // A year is not scaled.
        assertThat(Measures.per10000AYear(120, 1.0, 30_000L)).isEqualTo(40.0);
        assertThat(Measures.per10000AYear(10, 1.0, null)).isNull();
        assertThat(Measures.per10000AYear(10, 1.0, 0L)).isNull();
        assertThat(Measures.per10000AYear(10, 0, 30_000L)).as("no time has passed").isNull();
    }

    @Test
    void aPerYearRateInAPeriodNotYetEndedIsScaledByTheDaysElapsedUpToToday() {
        LocalDate q4 = LocalDate.of(2026, 10, 1);
        LocalDate q4End = LocalDate.of(2027, 1, 1);
        // Ended: the quarter's three months, whatever today is.
        assertThat(Measures.yearsElapsed(q4, q4End, 3, LocalDate.of(2027, 3, 5))).isEqualTo(0.25);
        assertThat(Measures.yearsElapsed(q4, q4End, 3, LocalDate.of(2026, 12, 31))).isEqualTo(0.25);
        // 26 November 2026: 57 of the quarter's 92 days have begun (today counts).
        double soFar = Measures.yearsElapsed(q4, q4End, 3, LocalDate.of(2026, 11, 26));
        assertThat(soFar).isCloseTo(0.25 * 57 / 92, within(1e-12));
        // 20 MARAC cases in those 57 days, 30,000 women: 20 ÷ (57/92 of a quarter) × 4 ÷ 3 = 43.0 a year, not 26.7.
        assertThat(Measures.per10000AYear(20, soFar, 30_000L)).isEqualTo(43.0);
        // Not begun: nothing to scale by.
        assertThat(Measures.yearsElapsed(q4, q4End, 3, LocalDate.of(2026, 9, 30))).isZero();
        assertThat(Measures.perWorkerAYear(5, 0, 2.0)).isNull();
        assertThatThrownBy(() -> Measures.yearsElapsed(q4, q4, 3, q4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void idvaReferralsAreAnnualisedPerFullTimeWorker() {
        // SafeLives: about 100 referrals a year per full-time IDVA. 50 in a quarter for 2.5 workers = 80 a year each.
        assertThat(Measures.perWorkerAYear(50, 0.25, 2.5)).isEqualTo(80.0);
        assertThat(Measures.perWorker(140, 2.0)).isEqualTo(70.0);
        assertThat(Measures.perWorkerAYear(50, 0.25, 0)).isNull();
        assertThat(Measures.perWorker(140, 0)).isNull();
    }

    @Test
    void idvaReferralsPerWorkerWithNoReferralsReceivedIsNoFigureNotZero() {
        assertThat(Measures.perWorkerAYear(0, 0.25, 2.5)).isNull();
    }

    @Test
    void changeFromThePreviousPeriodIsUnknownWhenEitherIs() {
        assertThat(Measures.change(76.0, 70.5)).isEqualTo(5.5);
        assertThat(Measures.change(null, 70.5)).isNull();
        assertThat(Measures.change(76.0, null)).isNull();
    }

    @Test
    void arrestsBenchmarkStandsBelowWithinOrAboveMostForces() {
        Benchmark hmic = Benchmarks.ARRESTS_PER_100_CRIMES;
        assertThat(hmic.standing(40.0)).isEqualTo(Benchmark.Standing.BELOW);
        assertThat(hmic.standing(76.0)).isEqualTo(Benchmark.Standing.WITHIN);
        assertThat(hmic.standing(95.0)).isEqualTo(Benchmark.Standing.ABOVE);
        assertThat(hmic.standing(null)).isEqualTo(Benchmark.Standing.UNKNOWN);
        assertThat(Benchmarks.NAMED_SPOC.standing(100.0)).isEqualTo(Benchmark.Standing.WITHIN);
        assertThat(Benchmarks.NAMED_SPOC.standing(97.5)).isEqualTo(Benchmark.Standing.BELOW);
    }

    @Test
    void monthsOfAPeriodAddUpSlotBySlot() {
        Sums october = new Sums(Map.of(Counter.DA_ARRIVAL_MINUTES, Map.of(10, 2L, 30, 1L)));
        Sums november = new Sums(Map.of(Counter.DA_ARRIVAL_MINUTES, Map.of(10, 1L), Counter.DA_ATTENDED, Map.of(0, 4L)));
        Sums both = october.plus(november);
        assertThat(both.slots(Counter.DA_ARRIVAL_MINUTES)).containsExactly(Map.entry(10, 3L), Map.entry(30, 1L));
        assertThat(both.total(Counter.DA_ARRIVAL_MINUTES)).isEqualTo(4);
        assertThat(both.total(Counter.DA_ATTENDED)).isEqualTo(4);
        assertThat(both.total(Counter.DA_CRIMES)).isZero();
    }

    @Test
    void aMeasureOverPeopleSaysWhenTheAgencyOrRiskFilterDoesNotApply() {
        CountedMeasure perVictim = CountedMeasures.INCIDENTS.stream()
                .filter(m -> m.id().equals("incidents-per-victim")).findFirst().orElseThrow();
        Period november = Period.parse("2026-11").orElseThrow();
        assertThat(perVictim.noteFor(new DashboardFilter(november, "Watford", null, null))).isNull();
        assertThat(perVictim.noteFor(new DashboardFilter(november, null, "POLICE", null)))
                .contains("Not filtered by agency or risk level");
    }

    @Test
    void everyFigureAndChartIdIsUniqueSoEachCsvIsFoundByItsId() {
        List<String> ids = DashboardSections.ALL.stream().flatMap(d -> java.util.stream.Stream.concat(
                d.charts().stream(), d.measures().stream().map(m -> m.id() + SectionCharts.TREND))).toList();
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(DashboardSections.drawing("when-heat-map")).map(DashboardSections.Definition::id).hasValue("when");
        assertThat(DashboardSections.drawing("da-incidents-trend")).map(DashboardSections.Definition::id)
                .hasValue("incidents");
        assertThat(DashboardSections.drawing("no-such-chart")).isEmpty();
    }
}

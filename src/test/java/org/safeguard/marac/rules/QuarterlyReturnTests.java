package org.safeguard.marac.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguard.marac.rules.QuarterlyReturn.Figures;
import org.safeguard.marac.rules.QuarterlyReturn.HeardCase;
import org.safeguard.marac.rules.QuarterlyReturn.Quarter;
import org.safeguard.marac.rules.QuarterlyReturn.Recorded;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 7, the quarterly MARAC data return: what each figure counts, and calendar quarters in UK time. No Spring. */
class QuarterlyReturnTests {

    private static final Quarter Q3 = new Quarter(2026, 3);

    @Test
    void aQuarterIsTypedAsYearAndQuarterOneToFour() {
        assertThat(Quarter.parse("2026-Q3")).contains(Q3);
        assertThat(Quarter.parse(" 2026q3 ")).contains(Q3);
        assertThat(Quarter.parse("2026-Q5")).isEmpty();
        assertThat(Quarter.parse("2026-Q0")).isEmpty();
        assertThat(Quarter.parse("Q3 2026")).isEmpty();
        assertThat(Quarter.parse("")).isEmpty();
        assertThat(Quarter.parse(null)).isEmpty();
    }

    @Test
    void aQuarterRunsFromItsFirstDayToItsLastInUkTime() {
        // British Summer Time: 1 July starts at 23:00 on 30 June UTC; 1 October likewise.
        assertThat(Q3.from()).isEqualTo(Instant.parse("2026-06-30T23:00:00Z"));
        assertThat(Q3.until()).isEqualTo(Instant.parse("2026-09-30T23:00:00Z"));
        assertThat(Q3.holds(Instant.parse("2026-09-30T22:59:59Z"))).isTrue();
        assertThat(Q3.holds(Instant.parse("2026-09-30T23:00:00Z"))).as("already 1 October in the UK").isFalse();
        assertThat(Quarter.of(LocalDate.of(2026, 1, 15)).previous()).isEqualTo(new Quarter(2025, 4));
        assertThat(new Quarter(2025, 4).toString()).isEqualTo("2025-Q4");
    }

    @Test
    void theReturnCountsCasesHeardRepeatsAndTheRepeatRate() {
        Figures figures = QuarterlyReturn.of("East", Q3, List.of(heard(1, true, "POLICE"), heard(1, false, "POLICE"),
                heard(2, false, "HEALTH")));
        assertThat(figures.meetings()).as("meetings at which the cases were heard").isEqualTo(2);
        assertThat(figures.casesHeard()).isEqualTo(3);
        assertThat(figures.repeats()).isEqualTo(1);
        assertThat(figures.repeatRate()).isEqualTo(33.3);
        assertThat(QuarterlyReturn.of("East", Q3, List.of()).repeatRate()).isZero();
    }

    @Test
    void referralsAreCountedByReferringAgencyAndPartnersAreEveryAgencyButThePolice() {
        Figures figures = QuarterlyReturn.of("East", Q3, List.of(heard(1, false, "POLICE"), heard(1, false, "HEALTH"),
                heard(1, false, "HEALTH"), heard(1, false, "IDVA_SERVICE")));
        assertThat(figures.referringAgencies()).containsExactly(java.util.Map.entry("HEALTH", 2L),
                java.util.Map.entry("IDVA_SERVICE", 1L), java.util.Map.entry("POLICE", 1L));
        assertThat(figures.referredByPartners()).isEqualTo(3);
    }

    @Test
    void casesWithChildrenCountTheCasesAndTheChildren() {
        Figures figures = QuarterlyReturn.of("East", Q3, List.of(withChildren(0), withChildren(2), withChildren(3)));
        assertThat(figures.casesWithChildren()).isEqualTo(2);
        assertThat(figures.children()).isEqualTo(5);
    }

    @Test
    void equalityFieldsLeftEmptyAreNotRecordedAndInNeitherTheCountNorTheRest() {
        List<HeardCase> heard = List.of(
                new HeardCase(1, false, "POLICE", 0, "MALE", 17, true, false, null),
                new HeardCase(1, false, "POLICE", 0, "FEMALE", 16, false, null, true),
                new HeardCase(1, false, "POLICE", 0, "NOT_KNOWN", 18, null, true, false),
                new HeardCase(1, false, "POLICE", 0, null, null, null, null, null));
        Figures figures = QuarterlyReturn.of("East", Q3, heard);
        assertThat(figures.blackAndMinorityEthnic()).isEqualTo(new Recorded(1, 2));
        assertThat(figures.lgbt()).isEqualTo(new Recorded(1, 2));
        assertThat(figures.disability()).isEqualTo(new Recorded(1, 2));
        assertThat(figures.male()).as("sex not known is not recorded").isEqualTo(new Recorded(1, 2));
        assertThat(figures.aged16To17()).isEqualTo(new Recorded(2, 1));
    }

    @Test
    void theMeasuresListEveryFigureWithItsNotRecordedCount() {
        Figures figures = QuarterlyReturn.of("East", Q3, List.of(heard(1, true, "POLICE")));
        assertThat(figures.measures()).extracting(QuarterlyReturn.Measure::name).containsSubsequence("Meetings",
                "Cases heard", "Repeat cases", "Repeat rate (%)", "Referred by POLICE", "Referred by partners (not police)",
                "Cases with children", "Children in those households", "Victims from Black and minority ethnic groups",
                "Victims from Black and minority ethnic groups: not recorded", "Male victims: not recorded",
                "Victims aged 16 to 17: not recorded");
        assertThat(figures.measures()).contains(new QuarterlyReturn.Measure("Repeat rate (%)", "100.0"));
    }

    private static HeardCase heard(long meeting, boolean repeat, String agency) {
        return new HeardCase(meeting, repeat, agency, 0, "FEMALE", 30, false, false, false);
    }

    private static HeardCase withChildren(int children) {
        return new HeardCase(1, false, "POLICE", children, "FEMALE", 30, false, false, false);
    }
}

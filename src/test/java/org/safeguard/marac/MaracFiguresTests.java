package org.safeguard.marac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.support.Calls;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The MARAC's figures as the dashboard reads them (issue 9), counted as the quarterly return counts them: cases heard
 * in a period, repeats (SafeLives: re-referred within 12 months of the last hearing), meetings, cases with children,
 * referring agencies, the towns covered (for cases per 10,000 adult women) and equality as recorded. The test's own
 * MARAC hears its cases in 2013, which no other test writes to.
 */
@SafeguardTest
class MaracFiguresTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static String firstTown;
    private static String secondTown;

    @Autowired
    MaracReturns returns;
    @Autowired
    MaracImport maracs;
    @Autowired
    Calls calls;
    @Autowired
    JdbcClient jdbc;

    /**
     * One MARAC covering two towns of the test's own hears, on 12 March 2013, a woman referred by the police and a
     * woman of Black and minority ethnic groups referred by health with 2 children; on 9 April 2013 the first woman's
     * repeat, her ethnicity not recorded.
     */
    @BeforeEach
    void hearOnce() {
        if (firstTown != null) {
            return;
        }
        String name = "Figures " + UUID.randomUUID();
        String first = "Figureham " + Calls.unusedFamilyName();
        String second = "Figurewick " + Calls.unusedFamilyName();
        maracs.ensureArea(new ImportedMaracArea(name, List.of(first, second), 2, DayOfWeek.TUESDAY, LocalTime.of(10, 0),
                20, "supervisor", "marac.coordinator", List.of("POLICE"), Map.of()));
        long victim = 7_000_000_000L + (long) (Math.random() * 1_000_000_000L);
        maracs.importHistory(List.of(
                heard(name, "2013-03-12T10:00", victim, "POLICE", 0, false, null),
                heard(name, "2013-03-12T10:00", victim + 1, "HEALTH", 2, true, null),
                heard(name, "2013-04-09T10:00", victim, "POLICE", 0, null, 0)));
        firstTown = first;
        secondTown = second;
    }

    private static ImportedMaracCase heard(String area, String at, long victim, String referrer, int children, Boolean bme,
                                           Integer repeatOf) {
        Instant heardAt = java.time.LocalDateTime.parse(at).atZone(LONDON).toInstant();
        return new ImportedMaracCase(area, heardAt, victim, "Victim " + victim, List.of(), heardAt.minusSeconds(10 * 86400),
                referrer, "HIGH", children, "FEMALE", 34, bme, false, false, repeatOf, null, null, List.of());
    }

    private MaracFigures figures(String from, String to, String town) {
        return calls.as("analyst", () -> returns.figures(LocalDate.parse(from), LocalDate.parse(to), town));
    }

    @Test
    void aMonthCountsTheCasesHeardInItByTheMaracCoveringTheTownWithEveryTownItCovers() {
        MaracFigures march = figures("2013-03-01", "2013-04-01", firstTown);

        assertThat(march.casesHeard()).isEqualTo(2);
        assertThat(march.repeats()).isZero();
        assertThat(march.meetings()).isEqualTo(1);
        assertThat(march.casesWithChildren()).isEqualTo(1);
        assertThat(march.referralsByAgency()).isEqualTo(Map.of("POLICE", 1L, "HEALTH", 1L));
        assertThat(march.towns()).containsExactly(firstTown, secondTown);
        assertThat(march.blackAndMinorityEthnic()).isEqualTo(new MaracFigures.Recorded(1, 0));
        assertThat(figures("2013-03-01", "2013-04-01", " " + secondTown.toUpperCase() + " ")).isEqualTo(march);
    }

    @Test
    void aYearCountsTheRepeatHeardWithin12MonthsAndEqualityNotRecordedApart() {
        MaracFigures year = figures("2013-01-01", "2014-01-01", secondTown);

        assertThat(year.casesHeard()).isEqualTo(3);
        assertThat(year.repeats()).isEqualTo(1);
        assertThat(year.meetings()).isEqualTo(2);
        assertThat(year.referralsByAgency()).isEqualTo(Map.of("POLICE", 2L, "HEALTH", 1L));
        assertThat(year.blackAndMinorityEthnic()).isEqualTo(new MaracFigures.Recorded(1, 1));
        assertThat(year.lgbt()).isEqualTo(new MaracFigures.Recorded(0, 0));
        assertThat(year.disability()).isEqualTo(new MaracFigures.Recorded(0, 0));
    }

    @Test
    void everyMaracTogetherMatchesACountMadeDirectlyInSqlAndATownNoMaracCoversHasNoFigures() {
        MaracFigures all = figures("2013-01-01", "2014-01-01", null);

        long heardInSql = jdbc.sql("SELECT count(*) FROM marac.marac_case WHERE status IN ('HEARD', 'TRANSFERRED') "
                        + "AND heard_at >= ? AND heard_at < ?")
                .params(Timestamp.from(LocalDate.parse("2013-01-01").atStartOfDay(LONDON).toInstant()),
                        Timestamp.from(LocalDate.parse("2014-01-01").atStartOfDay(LONDON).toInstant()))
                .query(Long.class).single();
        assertThat(all.casesHeard()).isEqualTo(heardInSql).isGreaterThanOrEqualTo(3);
        assertThat(all.towns()).contains(firstTown, secondTown, "Stevenage");
        assertThat(figures("2013-01-01", "2014-01-01", "Nowhere " + Calls.unusedFamilyName())).isEqualTo(MaracFigures.none());
    }

    @Test
    void theFiguresAreForTheDashboardsReadersOnly() {
        assertThatThrownBy(() -> calls.as("partner", () -> returns.figures(LocalDate.parse("2013-01-01"),
                LocalDate.parse("2014-01-01"), null))).isInstanceOf(AccessDeniedException.class);
    }
}

package org.safeguard.insight.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguard.insight.DashboardFilter;
import org.safeguard.insight.Period;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.risk.RiskLevel;

/** The dashboard's query: the period (the last complete month unless chosen), area, agency and risk level. */
class DashboardQueryTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final List<String> AREAS = List.of("Hitchin", "Stevenage");
    private static final List<String> AGENCIES = List.of("POLICE", "HOUSING");

    @Test
    void withNoPeriodTheDashboardShowsTheLastCompleteMonthNotOneStillRunning() {
        DashboardFilter filter = query(Map.of()).filter(TODAY, AREAS, AGENCIES);

        assertThat(filter.period().code()).isEqualTo("2026-10");
        assertThat(filter.area()).isNull();
        assertThat(filter.risk()).isNull();
    }

    @Test
    void aMonthQuarterOrYearMayBeTypedAndTheCurrentOneIsAllowed() {
        assertThat(query(Map.of("period", " 2026-q4 ")).filter(TODAY, AREAS, AGENCIES).period())
                .isEqualTo(new Period(Period.Kind.QUARTER, LocalDate.of(2026, 10, 1)));
        assertThat(query(Map.of("period", "2026-11", "area", "Hitchin", "agency", "POLICE", "risk", "high"))
                .filter(TODAY, AREAS, AGENCIES))
                .isEqualTo(new DashboardFilter(new Period(Period.Kind.MONTH, LocalDate.of(2026, 11, 1)), "Hitchin", "POLICE",
                        RiskLevel.HIGH));
    }

    @Test
    void aPeriodNotStartedAnAreaOrAgencyNotOfferedAndAnUnknownRiskLevelAreEachRefusedInPageOrder() {
        assertThatThrownBy(() -> query(Map.of("period", "2026-12", "risk", "severe", "area", "Atlantis", "agency", "MI5"))
                .filter(TODAY, AREAS, AGENCIES))
                .isInstanceOfSatisfying(InvalidRequest.class, refused -> assertThat(refused.byField())
                        .containsEntry("period", "Enter a period that has started: 2026-11 or earlier")
                        .containsEntry("risk", "Choose a risk level from the list")
                        .containsEntry("area", "Choose an area from the list")
                        .containsEntry("agency", "Choose an agency from the list")
                        .extractingFromEntries(Map.Entry::getKey).as("in the order of the page")
                        .containsExactly("period", "area", "agency", "risk"));
        assertThatThrownBy(() -> query(Map.of("period", "November")).filter(TODAY, AREAS, AGENCIES))
                .isInstanceOfSatisfying(InvalidRequest.class, refused -> assertThat(refused.byField().get("period"))
                        .contains("like 2026-11, 2026-Q3 or 2026"));
    }

    @Test
    void linksKeepTheFilterAndOfferRecentPeriodsNewestFirst() {
        DashboardFilter filter = new DashboardFilter(new Period(Period.Kind.YEAR, LocalDate.of(2025, 1, 1)), "Hitchin", null,
                RiskLevel.MEDIUM);

        assertThat(InsightPages.query(filter)).isEqualTo("?period=2025&area=Hitchin&risk=MEDIUM");
        assertThat(DashboardQuery.recentPeriods(TODAY)).extracting(Period::code)
                .startsWith("2026-11", "2026-10").contains("2026-Q4", "2026-Q1", "2024").hasSize(19);
    }

    private static DashboardQuery query(Map<String, String> typed) {
        return DashboardQuery.from(typed);
    }
}

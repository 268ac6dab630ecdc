package org.safeguard.marac;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguard.access.Role;
import org.safeguard.marac.rules.QuarterlyReturn;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 7 (8, exports): the quarterly MARAC return's page and CSV. Each test makes its own MARAC area and hears its
 * cases in 2019, which no other test writes to.
 */
@SafeguardTest
class ReturnPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    MaracImport maracs;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void theReturnPageShowsAnAreasFiguresForAQuarterAndExplainsThem() throws Exception {
        String analyst = staff.fresh(Role.ANALYST).username();
        long area = areaWithThreeCasesHeardIn2019Q2("Return page " + UUID.randomUUID());
        mvc.perform(get("/marac/returns").param("quarter", "2019-Q2").param("area", String.valueOf(area))
                        .with(staff.as(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cases heard in 2019-Q2")))
                .andExpect(content().string(containsString("Repeat rate (%)")))
                .andExpect(content().string(containsString("33.3")))
                .andExpect(content().string(containsString("Referred by partners (not police)")))
                .andExpect(content().string(containsString("What each figure counts")))
                .andExpect(content().string(containsString("/marac/returns.csv?quarter=2019-Q2&amp;area=" + area)))
                .andExpect(content().string(not(containsString("govuk-error-summary"))));
        assertThat(jdbc.sql("SELECT count(*) FROM audit.event WHERE action = 'MARAC_RETURN_VIEWED' AND username = ? "
                + "AND reason = ?").params(analyst, "area " + area).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void withoutAChoiceThePageShowsTheLastWholeQuarterForAllAreas() throws Exception {
        String last = QuarterlyReturn.Quarter.of(LocalDate.now(clock)).previous().toString();
        mvc.perform(get("/marac/returns").with(staff.as("analyst")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + last + "\"")))
                .andExpect(content().string(containsString("Cases heard in " + last)))
                .andExpect(content().string(containsString(MaracReturns.ALL_AREAS)));
    }

    @Test
    void aQuarterThatIsNotOneIsAClearErrorOnThePage() throws Exception {
        mvc.perform(get("/marac/returns").param("quarter", "2026-Q5").with(staff.as("analyst")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("Give the quarter as a year and a quarter from 1 to 4, like 2026-Q3")))
                .andExpect(content().string(containsString("href=\"#quarter\"")))
                .andExpect(content().string(not(containsString("data-testid=\"return\""))));
        mvc.perform(get("/marac/returns").param("quarter", "2019-Q2").param("area", "8999999999")
                        .with(staff.as("analyst")))
                .andExpect(content().string(containsString("Choose a MARAC area from the list, or all areas")));
        mvc.perform(get("/marac/returns.csv").param("quarter", "2026-Q5").with(staff.as("analyst")))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", startsWith("/marac/returns?quarter=2026-Q5")));
    }

    @Test
    void theCsvHasOneRowPerAreaAndMeasureAndIsAnAuditedAttachment() throws Exception {
        String coordinator = staff.fresh(Role.MARAC_COORDINATOR).username();
        String name = "Return CSV " + UUID.randomUUID();
        long area = areaWithThreeCasesHeardIn2019Q2(name);
        String csv = mvc.perform(get("/marac/returns.csv").param("quarter", "2019-Q2").param("area", String.valueOf(area))
                        .with(staff.as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andExpect(header().string("Content-Disposition", startsWith("attachment")))
                .andReturn().getResponse().getContentAsString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("Area,Quarter,Measure,Value");
        assertThat(lines).contains(row(name, "Cases heard", "3"), row(name, "Repeat cases", "1"),
                row(name, "Referred by HEALTH", "1"), row(name, "Referred by POLICE", "2"),
                row(name, "Cases with children", "1"), row(name, "Children in those households", "3"),
                row(name, "Male victims", "1"), row(name, "Victims aged 16 to 17", "1"),
                row(name, "Victims from Black and minority ethnic groups: not recorded", "1"));
        assertThat(lines.subList(1, lines.size())).allMatch(line -> line.startsWith("\"" + name + "\",\"2019-Q2\","));
        assertThat(jdbc.sql("SELECT count(*) FROM audit.event WHERE action = 'MARAC_RETURN_EXPORTED' AND username = ?")
                .param(coordinator).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anAreaNameThatLooksLikeAFormulaIsNeverAFormulaInTheSpreadsheet() throws Exception {
        String name = "=HYPERLINK(\"x\") " + UUID.randomUUID();
        long area = areaWithThreeCasesHeardIn2019Q2(name);
        String csv = mvc.perform(get("/marac/returns.csv").param("quarter", "2019-Q2").param("area", String.valueOf(area))
                        .with(staff.as("analyst")))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\") ").doesNotContain(",\"=HYPERLINK");
    }

    @Test
    void allAreasGivesEachAreaAndThenAllTogether() throws Exception {
        String name = "Return all " + UUID.randomUUID();
        areaWithThreeCasesHeardIn2019Q2(name);
        String csv = mvc.perform(get("/marac/returns.csv").param("quarter", "2019-Q2").param("area", "")
                        .with(staff.as("analyst")))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).contains(row(name, "Cases heard", "3")).contains("\"All areas\",\"2019-Q2\",\"Cases heard\",");
    }

    @Test
    void onlyCoordinatorsChairsAnalystsAndSpecialistsSeeTheReturn() throws Exception {
        for (Role refused : List.of(Role.OFFICER, Role.PARTNER, Role.IDVA, Role.CALL_HANDLER)) {
            String username = staff.fresh(refused).username();
            mvc.perform(get("/marac/returns").with(staff.as(username))).andExpect(status().isForbidden());
            mvc.perform(get("/marac/returns.csv").param("quarter", "2019-Q2").with(staff.as(username)))
                    .andExpect(status().isForbidden());
        }
        for (Role allowed : List.of(Role.MARAC_COORDINATOR, Role.SUPERVISOR, Role.ANALYST, Role.DA_SPECIALIST)) {
            mvc.perform(get("/marac/returns").with(staff.as(staff.fresh(allowed).username()))).andExpect(status().isOk());
        }
    }

    /**
     * Three cases heard in April and May 2019: a woman of 30 referred by the police, a man of 17 referred by health
     * with 3 children, and the woman's repeat (equality not recorded).
     */
    private long areaWithThreeCasesHeardIn2019Q2(String name) {
        long area = maracs.ensureArea(new ImportedMaracArea(name, List.of("Nowhere " + name), 2, DayOfWeek.TUESDAY,
                LocalTime.of(10, 0), 20, "supervisor", "marac.coordinator", List.of("POLICE"), Map.of()));
        long victim = 7_000_000_000L + (long) (Math.random() * 1_000_000_000L);
        ImportedMaracCase first = heard(name, "2019-04-09T09:00:00Z", victim, "POLICE", 0, "FEMALE", 30, false, null);
        ImportedMaracCase second = heard(name, "2019-04-09T09:00:00Z", victim + 1, "HEALTH", 3, "MALE", 17, true, null);
        ImportedMaracCase repeat = heard(name, "2019-05-14T09:00:00Z", victim, "POLICE", 0, "FEMALE", 30, null, 0);
        maracs.importHistory(List.of(first, second, repeat));
        return area;
    }

    private static ImportedMaracCase heard(String area, String at, long victim, String referrer, int children, String sex,
                                           int age, Boolean bme, Integer repeatOf) {
        Instant heardAt = Instant.parse(at);
        return new ImportedMaracCase(area, heardAt, victim, "Victim " + victim, List.of(), heardAt.minusSeconds(10 * 86400),
                referrer, "HIGH", children, sex, age, bme, false, false, repeatOf, null, null, List.of());
    }

    private static String row(String area, String measure, String value) {
        return "\"" + area + "\",\"2019-Q2\",\"" + measure + "\",\"" + value + "\"";
    }
}

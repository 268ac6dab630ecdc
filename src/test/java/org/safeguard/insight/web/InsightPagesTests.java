package org.safeguard.insight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.access.Role;
import org.safeguard.insight.store.TallyStore;
import org.safeguard.support.Calls;
import org.safeguard.support.Eventually;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.safeguard.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 9: the dashboard's pages over HTTP. Its readers (analysts, supervisors, specialists, MARAC coordinators,
 * administrators) see it and nobody else does; a wrong filter gets the GOV.UK error summary with status 400 and no
 * figures; each chart's table downloads as CSV with a spreadsheet's formulas disarmed. The data: two domestic abuse
 * incidents on a Saturday night in March 2019 in a town of this class's own, whose name starts like a formula.
 */
@SafeguardTest
class InsightPagesTests {

    private static final String TOWN = "=Sumtown " + UUID.randomUUID().toString().substring(0, 6);
    private static boolean recorded;

    @LocalServerPort
    int port;
    @Autowired
    Calls calls;
    @Autowired
    Staff staff;
    @Autowired
    TallyStore tallies;

    @BeforeEach
    void twoIncidentsOnASaturdayNightInATownOfOurOwn() {
        if (recorded) {
            return;
        }
        for (int i = 0; i < 2; i++) {
            String family = Calls.unusedFamilyName();
            calls.record("call.handler", Calls.domesticAbuseIn(TOWN,
                    LocalDate.of(2019, 3, 9).atTime(LocalTime.of(22, 10 + i)).atZone(ZoneId.of("Europe/London")).toInstant(),
                    null, (20 + i) + " Formula Row", Calls.unusedPostcode(),
                    Calls.victim("Ada", family, LocalDate.of(1990, 1, 1)), Calls.suspect("Bo", family, LocalDate.of(1988, 1, 1)),
                    "PRIORITY"));
        }
        Eventually.found(() -> Optional.of(tallies.areas()).filter(areas -> areas.contains(TOWN)));
        recorded = true;
    }

    @Test
    void theDashboardsReadersSeeItAndItsLinkAndEveryoneElseIsRefused() {
        for (Role reader : List.of(Role.ANALYST, Role.SUPERVISOR, Role.DA_SPECIALIST, Role.MARAC_COORDINATOR, Role.ADMIN)) {
            WebSession session = signedIn(reader);
            assertThat(session.get("/").body()).as(reader.name()).contains("href=\"/insight\"").contains("Performance");
            // A filter the page refuses (400, not 403) shows the reader is let in, without working the figures out.
            HttpResponse<String> refusedFilter = session.get("/insight?period=2019-13&area=" + encoded(TOWN));
            assertThat(refusedFilter.statusCode()).as(reader.name()).isEqualTo(400);
            assertThat(refusedFilter.body()).contains("data-testid=\"filter\"").contains(TOWN);
            if (reader == Role.ANALYST) {
                HttpResponse<String> overview = session.get("/insight?period=2019-03&area=" + encoded(TOWN));
                assertThat(overview.statusCode()).isEqualTo(200);
                assertThat(overview.body()).contains("data-testid=\"figure\"").contains("Arrests per 100");
            }
        }
        for (Role other : List.of(Role.OFFICER, Role.CALL_HANDLER, Role.IDVA, Role.PARTNER)) {
            WebSession session = signedIn(other);
            assertThat(session.get("/").body()).as(other.name()).doesNotContain("href=\"/insight\"");
            assertThat(session.get("/insight").statusCode()).as(other.name()).isEqualTo(403);
            assertThat(session.get("/insight/when?period=2019-03").statusCode()).as(other.name()).isEqualTo(403);
            assertThat(session.get("/insight/tables/when-heat-map.csv?period=2019-03").statusCode()).as(other.name())
                    .isEqualTo(403);
        }
    }

    @Test
    void aPeriodThatCannotBeReadOrHasNotStartedGetsTheErrorSummaryWithStatus400AndNoFigures() {
        WebSession analyst = signedIn(Role.ANALYST);
        for (String wrong : List.of("/insight?period=2019-13", "/insight?period=2100-01", "/insight/when?period=March",
                "/insight?period=2019-03&risk=severe", "/insight?period=2019-03&area=Atlantis",
                "/insight/tables/when-heat-map.csv?period=2019-Q5")) {
            HttpResponse<String> page = analyst.get(wrong);
            assertThat(page.statusCode()).as(wrong).isEqualTo(400);
            assertThat(page.body()).as(wrong).contains("govuk-error-summary").contains("There is a problem")
                    .contains("Error: Performance").doesNotContain("data-testid=\"figure\"")
                    .doesNotContain("data-testid=\"chart\"");
        }
        assertThat(analyst.get("/insight?period=2100-01").body()).contains("href=\"#period\"").contains("or earlier")
                .contains("value=\"2100-01\"");
        assertThat(analyst.get("/insight/unheard-of?period=2019-03").statusCode()).isEqualTo(404);
        assertThat(analyst.get("/insight/unheard-of?period=2019-13").statusCode()).as("the section before the filter")
                .isEqualTo(404);
        assertThat(analyst.get("/insight/tables/unheard-of.csv?period=2019-03").statusCode()).isEqualTo(404);
        assertThat(analyst.get("/insight/tables/unheard-of.csv?period=2019-13").statusCode()).isEqualTo(404);

        String everyFieldWrong = analyst.get("/insight?period=2019-13&area=Atlantis&agency=NOBODY&risk=severe").body();
        assertThat(everyFieldWrong).contains("href=\"#period\"", "href=\"#area\"", "href=\"#agency\"", "href=\"#risk\"");
        assertThat(everyFieldWrong.indexOf("href=\"#period\"")).as("in the order of the page")
                .isLessThan(everyFieldWrong.indexOf("href=\"#area\""));
        assertThat(everyFieldWrong.indexOf("href=\"#area\"")).isLessThan(everyFieldWrong.indexOf("href=\"#agency\""));
        assertThat(everyFieldWrong.indexOf("href=\"#agency\"")).isLessThan(everyFieldWrong.indexOf("href=\"#risk\""));
    }

    @Test
    void aScriptTypedAsTheAreaIsRefusedAndNeverComesBackAsMarkup() {
        HttpResponse<String> page = signedIn(Role.ANALYST)
                .get("/insight?period=2019-03&area=" + encoded("<script>alert(1)</script>"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("href=\"#area\"").doesNotContain("<script>alert(1)</script>");
    }

    @Test
    void aSectionDrawsEachChartAsAnImageBesideItsTableWithACsvLink() {
        HttpResponse<String> when = signedIn(Role.ANALYST).get("/insight/when?period=2019-03&area=" + encoded(TOWN));

        assertThat(when.statusCode()).isEqualTo(200);
        assertThat(when.body()).contains("<svg").contains("role=\"img\"").contains("aria-labelledby=\"chart-when-heat-map-title\"")
                .contains("<caption").contains("scope=\"col\"").contains("Download CSV")
                .contains("/insight/tables/when-heat-map.csv?period=2019-03&amp;area=" + encoded(TOWN))
                .doesNotContain("style=\"");
        assertThat(when.body()).as("each drawing and table scrolls in a region reachable from the keyboard")
                .contains("class=\"insight-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Chart: Domestic abuse incidents by area\"")
                .contains("class=\"insight-scroll insight-scroll--wide\" tabindex=\"0\" role=\"region\" aria-label=\"Chart: When ")
                .contains("class=\"insight-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Table: ");
    }

    @Test
    void eachTableDownloadsAsCsvNamedByChartAndPeriodWithFormulasDisarmed() {
        WebSession analyst = signedIn(Role.ANALYST);

        HttpResponse<String> byArea = analyst.get("/insight/tables/incidents-by-area.csv?period=2019-03");
        assertThat(byArea.statusCode()).isEqualTo(200);
        assertThat(byArea.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(byArea.headers().firstValue("Content-Disposition").orElse(""))
                .contains("attachment").contains("insight-incidents-by-area-2019-03.csv");
        List<String> lines = byArea.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("\"Area\",\"Domestic abuse incidents\",\"Domestic abuse crimes\"");
        assertThat(lines).contains("\"'" + TOWN + "\",2,0");

        List<String> heat = analyst.get("/insight/tables/when-heat-map.csv?period=2019-03&area=" + encoded(TOWN))
                .body().lines().toList();
        assertThat(heat.get(0)).startsWith("\"Day\",\"00:00\",\"01:00\"").endsWith("\"23:00\"");
        assertThat(heat).hasSize(8).anySatisfy(line -> assertThat(line)
                .isEqualTo("\"Saturday\"" + ",0".repeat(22) + ",2,0"));
    }

    private WebSession signedIn(Role role) {
        return new WebSession(port).signIn(staff.fresh(role).username(), Staff.PASSWORD);
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

package org.safeguard.insight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguard.access.Role;
import org.safeguard.insight.InsightRebuild;
import org.safeguard.insight.store.TallyStore;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.safeguard.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 9, "MARAC cases per 10,000 adult women": the adult female population per town on {@code /insight/population}.
 * An administrator sets a town's figure from its source (an ONS estimate), which replaces the town's current one; an
 * analyst reads the figures; nobody else sees them. The demo generator adds to a synthetic figure but never to or over
 * an administrator's. Bad input gets the error summary and saves nothing. Towns are this class's own.
 */
@SafeguardTest
class PopulationPagesTests {

    private static final String PAGE = "/insight/population";

    @LocalServerPort
    int port;
    @Autowired
    Staff staff;
    @Autowired
    InsightRebuild rebuild;
    @Autowired
    TallyStore tallies;

    @Test
    void anAdministratorsFigureReplacesTheSyntheticOneAndTheGeneratorNeverOverwritesIt() {
        String town = unusedTown();
        rebuild.addAdultWomen(Map.of(town, 1_000L), "synthetic population");
        rebuild.addAdultWomen(Map.of(town, 500L), "synthetic population");
        assertThat(tallies.adultWomen()).as("a generator run adds to a synthetic figure").containsEntry(town, 1_500L);

        WebSession admin = signedIn(Role.ADMIN);
        assertThat(admin.get(PAGE).body()).contains(town).contains("data-testid=\"set-population\"");
        HttpResponse<String> saved = admin.post(PAGE, figure(town, "36,500", "ONS mid-2024 estimate"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(tallies.adultWomen()).as("the administrator's figure replaces the synthetic one").containsEntry(town, 36_500L);

        rebuild.addAdultWomen(Map.of(town, 999L), "synthetic population");
        assertThat(tallies.adultWomen()).as("a later generator run leaves it alone").containsEntry(town, 36_500L);

        admin.post(PAGE, figure(town, "37000", "ONS mid-2025 estimate"));
        assertThat(tallies.adultWomen()).as("a newer figure replaces it").containsEntry(town, 37_000L);

        WebSession analyst = signedIn(Role.ANALYST);
        HttpResponse<String> read = analyst.get(PAGE);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains(town).contains("37,000").contains("ONS mid-2025 estimate")
                .contains("Earlier figures").contains("36,500").contains("1,500")
                .doesNotContain("data-testid=\"set-population\"");
        assertThat(analyst.post(PAGE, figure(town, "1", "ONS")).statusCode()).as("an analyst may not set one").isEqualTo(403);
        assertThat(tallies.adultWomen()).containsEntry(town, 37_000L);

        WebSession officer = signedIn(Role.OFFICER);
        assertThat(officer.get(PAGE).statusCode()).isEqualTo(403);
    }

    @Test
    void aFigureThatIsNotAWholeNumberUpToTenMillionOrHasNoSourceGetsTheErrorSummaryAndNothingIsSaved() {
        WebSession admin = signedIn(Role.ADMIN);
        String town = unusedTown();
        admin.get(PAGE);
        Map<Map<String, String>, String> wrong = new LinkedHashMap<>();
        wrong.put(figure(town, "12.5", "ONS"), "count");
        wrong.put(figure(town, "-3", "ONS"), "count");
        wrong.put(figure(town, "10,000,001", "ONS"), "count");
        wrong.put(figure(town, "", "ONS"), "count");
        wrong.put(figure(town, "100", " "), "source");
        wrong.put(figure(town, "100", "Synthetic, typed by hand"), "source");
        wrong.put(figure("", "100", "ONS"), "town");
        wrong.put(figure("T".repeat(101), "100", "ONS"), "town");
        wrong.forEach((typed, field) -> {
            HttpResponse<String> page = admin.post(PAGE, typed);
            assertThat(page.statusCode()).as(typed.toString()).isEqualTo(200);
            assertThat(page.body()).as(typed.toString()).contains("govuk-error-summary").contains("href=\"#" + field + "\"")
                    .contains("id=\"" + field + "-error\"");
        });
        assertThat(tallies.adultWomen()).doesNotContainKey(town);
        assertThat(admin.post(PAGE, figure(town, "0", "ONS mid-2024 estimate")).statusCode()).isEqualTo(302);
        assertThat(tallies.adultWomen()).containsEntry(town, 0L);
    }

    private static Map<String, String> figure(String town, String count, String source) {
        return Map.of("town", town, "count", count, "source", source);
    }

    private static String unusedTown() {
        return "Popton " + UUID.randomUUID().toString().substring(0, 8);
    }

    private WebSession signedIn(Role role) {
        return new WebSession(port).signIn(staff.fresh(role).username(), Staff.PASSWORD);
    }
}

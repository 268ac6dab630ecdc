package org.safeguard.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.safeguard.access.Role;
import org.safeguard.access.StaffAccount;
import org.safeguard.support.Browser;
import org.safeguard.support.Calls;
import org.safeguard.support.Eventually;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 9, done when: an analyst opens the dashboard in a browser, filters it by area, and downloads a table as
 * CSV; axe-core finds no serious accessibility violations on the dashboard. The incidents are recorded through
 * intake as the control room records them, so the figures the browser shows were kept up to date by events. (The
 * only browser test of the dashboard: the pages' other behaviour is tested over HTTP in {@code InsightPagesTests}.)
 */
@SafeguardTest
class DashboardBrowserTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static WebDriver browser;
    private static Path downloads;

    @LocalServerPort
    int port;
    @Autowired
    Calls calls;
    @Autowired
    Staff staff;
    @Autowired
    Insight insight;

    @BeforeAll
    static void startBrowser() throws IOException {
        Browser.assumeInstalled();
        downloads = Files.createTempDirectory("safeguard-downloads-");
        browser = Browser.start(downloads);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anAnalystFiltersTheDashboardByAreaAndDownloadsATableAsCsv() {
        // Two domestic abuse incidents in a town of this test's own, recorded as the control room records them.
        String town = "Dashtown " + UUID.randomUUID().toString().substring(0, 8);
        Instant received = Instant.now().minus(1, ChronoUnit.HOURS);
        for (int i = 0; i < 2; i++) {
            String family = Calls.unusedFamilyName();
            calls.record("call.handler", Calls.domesticAbuseIn(town, received.minus(i, ChronoUnit.MINUTES), null,
                    (10 + i) + " Tannery Lane", Calls.unusedPostcode(),
                    Calls.victim("Ada", family, LocalDate.of(1991, 4, 2)), Calls.suspect("Rob", family,
                            LocalDate.of(1989, 1, 9)), "IMMEDIATE"));
        }
        Period month = Period.containing(Period.Kind.MONTH, received.atZone(LONDON).toLocalDate());
        StaffAccount analyst = staff.fresh(Role.ANALYST);
        // The aggregates are kept by intake's events after the incidents commit.
        Eventually.found(() -> Optional.of(daIncidents(analyst, month, town)).filter(n -> n == 2.0));

        Browser.signIn(browser, port, analyst.username(), Staff.PASSWORD);
        browser.get("http://localhost:" + port + "/insight");
        Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=filter]")));
        assertThat(Browser.seriousAccessibilityViolations(browser)).as("axe on the overview").isEmpty();

        // Filter by the area and the month, as a person does with the form.
        WebElement period = browser.findElement(By.id("period"));
        period.clear();
        period.sendKeys(month.code());
        new Select(browser.findElement(By.id("area"))).selectByVisibleText(town);
        browser.findElement(By.cssSelector("[data-testid=filter] button[type=submit]")).click();
        Browser.waitFor(browser, ExpectedConditions.urlContains("area="));

        assertThat(browser.findElement(By.cssSelector("[data-testid=scope]")).getText()).contains(town);
        assertThat(browser.findElement(By.cssSelector("#figure-da-incidents [data-testid=value]")).getText())
                .isEqualTo("2");
        Browser.screenshot(browser, "insight-overview-filtered");

        // The "when" section: the heat map and incidents by area, each drawn with its table and a CSV download.
        browser.findElement(By.cssSelector("a[href*='/insight/when']")).click();
        Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=chart]")));
        assertThat(browser.getCurrentUrl()).contains("area=");
        assertThat(browser.findElements(By.cssSelector("[data-testid=chart] svg[role=img]"))).isNotEmpty();
        assertThat(Browser.seriousAccessibilityViolations(browser)).as("axe on a section with charts").isEmpty();
        Browser.screenshot(browser, "insight-when");

        WebElement heatMap = browser.findElement(By.cssSelector("section[aria-labelledby='chart-when-heat-map-heading']"));
        heatMap.findElement(By.cssSelector("[data-testid=csv]")).click();
        Path csv = downloaded("when-heat-map");
        List<String> lines = read(csv);
        assertThat(cells(lines.get(0))).startsWith("Day", "00:00", "01:00").endsWith("23:00");
        assertThat(lines).hasSize(8);
        // Every cell of the heat map for this area and month adds up to the two incidents.
        double total = lines.stream().skip(1).flatMap(line -> cells(line).stream().skip(1))
                .filter(cell -> !cell.isBlank()).mapToDouble(Double::parseDouble).sum();
        assertThat(total).isEqualTo(2.0);

        // A period typed wrongly: the GOV.UK error summary, accessible too, and no figures.
        browser.get("http://localhost:" + port + "/insight/when?period=2019-13");
        assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("Enter a period");
        assertThat(browser.findElements(By.cssSelector("[data-testid=figure]"))).isEmpty();
        assertThat(Browser.seriousAccessibilityViolations(browser)).as("axe on a refused filter").isEmpty();
    }

    private double daIncidents(StaffAccount analyst, Period month, String town) {
        return calls.as(analyst.username(), () -> insight.section(new DashboardFilter(month, town, null, null), "incidents"))
                .figures().stream().filter(f -> f.id().equals("da-incidents")).findFirst()
                .map(f -> f.value() == null ? 0.0 : f.value()).orElse(-1.0);
    }

    /** Waits for the browser to finish saving a download whose name contains {@code part}. */
    private static Path downloaded(String part) {
        return Eventually.found(() -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().contains(part))
                        .filter(f -> !f.getFileName().toString().endsWith(".crdownload")).findFirst();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The cells of a CSV line with no commas inside its cells (the heat map's), quotes taken off. */
    private static List<String> cells(String line) {
        return Stream.of(line.split(",", -1)).map(cell -> cell.replaceAll("^\"|\"$", "")).toList();
    }

    private static List<String> read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.replace("\uFEFF", "").lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

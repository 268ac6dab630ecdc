package org.safeguard.insight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.safeguard.access.Role;
import org.safeguard.insight.store.TallyStore;
import org.safeguard.support.Browser;
import org.safeguard.support.Calls;
import org.safeguard.support.Eventually;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 9, done when: axe-core finds no serious violations on the dashboard — the overview with its filter and
 * figures, and the section with the heat map, its table and the bar chart by area.
 */
@SafeguardTest
class InsightBrowserTests {

    private static WebDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    Calls calls;
    @Autowired
    Staff staff;
    @Autowired
    TallyStore tallies;

    @BeforeAll
    static void startBrowser() {
        Browser.assumeInstalled();
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theOverviewAndASectionWithItsChartsHaveNoSeriousAccessibilityViolations() {
        String town = "Axetown " + UUID.randomUUID().toString().substring(0, 6);
        String family = Calls.unusedFamilyName();
        calls.record("call.handler", Calls.domesticAbuseIn(town,
                LocalDate.of(2019, 5, 4).atTime(LocalTime.of(23, 40)).atZone(ZoneId.of("Europe/London")).toInstant(), null,
                "3 Axe Lane", Calls.unusedPostcode(), Calls.victim("Ada", family, LocalDate.of(1990, 1, 1)),
                Calls.suspect("Bo", family, LocalDate.of(1988, 1, 1)), "PRIORITY"));
        Eventually.found(() -> Optional.of(tallies.areas()).filter(areas -> areas.contains(town)));
        Browser.signIn(browser, port, staff.fresh(Role.ANALYST).username(), Staff.PASSWORD);

        browser.get("http://localhost:" + port + "/insight");
        browser.findElement(By.id("period")).clear();
        browser.findElement(By.id("period")).sendKeys("2019-05");
        new Select(browser.findElement(By.id("area"))).selectByValue(town);
        browser.findElement(By.cssSelector("form[data-testid=filter] button[type=submit]")).click();
        Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=figure]")));
        assertThat(browser.findElement(By.cssSelector("[data-testid=scope]")).getText()).contains("May 2019").contains(town);
        Browser.screenshot(browser, "insight-overview");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();

        browser.findElement(By.partialLinkText("Charts and tables")).click();
        Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=chart]")));
        browser.get(browser.getCurrentUrl().replaceFirst("/insight/[a-z-]+", "/insight/when"));
        Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg[role=img]")));
        Browser.screenshot(browser, "insight-when");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();

        browser.get("http://localhost:" + port + "/insight/when?period=2019-13");
        assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("Enter a period");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
    }
}

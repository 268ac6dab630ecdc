package org.safeguard.offender;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.safeguard.intake.IncidentFile;
import org.safeguard.support.Browser;
import org.safeguard.support.Calls;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 8, a specialist's view: the profile of a perpetrator with two victims lists every incident, each victim
 * over time, and leads to the incidents; it passes axe-core's serious and critical checks.
 */
@SafeguardTest
class ProfileBrowserTests {

    private static WebDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    Calls calls;

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
    void aSpecialistSeesAPerpetratorsIncidentsAcrossTwoVictims() {
        String him = Calls.unusedFamilyName();
        String first = Calls.unusedFamilyName();
        String second = Calls.unusedFamilyName();
        IncidentFile earlier = Perpetrator.incident(calls, "Sian", first, "Bram", him, 90);
        IncidentFile later = Perpetrator.incident(calls, "Tove", second, "Bram", him, 3);

        Browser.signIn(browser, port, "specialist");
        browser.get("http://localhost:" + port + "/offenders/" + Perpetrator.suspect(later));
        Browser.waitFor(browser, ExpectedConditions.titleContains("Bram " + him));

        String incidents = browser.findElement(By.cssSelector("[data-testid=incidents]")).getText();
        assertThat(incidents).contains(earlier.incident().reference(), later.incident().reference(), "Sian " + first,
                "Tove " + second);
        String victims = browser.findElement(By.cssSelector("[data-testid=victims]")).getText();
        assertThat(victims).contains("Sian " + first, "Tove " + second);
        assertThat(browser.findElement(By.cssSelector("[data-testid=standing]")).getText()).isNotBlank();
        assertThat(browser.findElement(By.cssSelector("[data-testid=actions]")).getText())
                .contains("Record an order", "Record a custody event", "Refer to a programme", "Mark as a member of staff");
        Browser.screenshot(browser, "perpetrator-profile");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();

        browser.findElement(By.linkText(earlier.incident().reference())).click();
        Browser.waitFor(browser, ExpectedConditions.urlContains("/incidents/" + earlier.incident().id()));
    }
}

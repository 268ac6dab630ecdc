package org.safeguard.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.safeguard.intake.IncidentFile;
import org.safeguard.support.Browser;
import org.safeguard.support.Calls;
import org.safeguard.support.Dash;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 5, done when: an officer completes a DASH with 14 Yes answers, page by page in a real browser,
 * and sees the high level and the MARAC criterion met (visible high risk) on the incident.
 */
@SafeguardTest
class RiskJourneyBrowserTests {

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
    void anOfficerCompletesADashWithFourteenYesAnswersAndSeesHighRiskAndTheMaracCriterionOnTheIncident() {
        String family = Calls.unusedFamilyName();
        IncidentFile file = calls.record("call.handler", Calls.domesticAbuse(Instant.now(), null, "4 Mill Lane",
                "ZZ9 2RB", Calls.victim("Lena", family, LocalDate.of(1994, 5, 6)),
                Calls.suspect("Rob", family, LocalDate.of(1991, 1, 3)), "IMMEDIATE"));

        Browser.signIn(browser, port, "officer");
        browser.get("http://localhost:" + port + "/incidents/" + file.incident().id());
        browser.findElement(By.xpath("//button[contains(., 'Assess risk (DASH) for Lena')]")).click();

        // One page per topic: answer each DASH question shown, Yes for the first 14.
        Browser.waitFor(browser, ExpectedConditions.titleContains("What happened now"));
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
        Browser.screenshot(browser, "risk-question-page");
        while (!browser.getTitle().startsWith("In the victim’s words")) {
            for (int n = 1; n <= Dash.QUESTIONS; n++) {
                String question = Dash.question(n);
                if (!browser.findElements(By.id(question)).isEmpty()) {
                    Browser.clickLabelFor(browser, n <= 14 ? question : question + "-no");
                }
            }
            String title = browser.getTitle();
            browser.findElement(By.xpath("//button[contains(., 'Save and continue')]")).click();
            Browser.waitFor(browser, ExpectedConditions.not(ExpectedConditions.titleIs(title)));
        }
        browser.findElement(By.id("victimView")).sendKeys("I think he will kill me if he finds out I called.");
        browser.findElement(By.xpath("//button[contains(., 'Save and continue')]")).click();

        Browser.waitFor(browser, ExpectedConditions.titleContains("Check your answers"));
        assertThat(browser.findElement(By.cssSelector("[data-testid=preview]")).getText())
                .contains("14 Yes of 27", "Suggested level: High", "MARAC criteria met: Visible high risk");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
        browser.findElement(By.xpath("//button[contains(., 'Complete the assessment')]")).click();

        Browser.waitFor(browser, ExpectedConditions.titleContains("Risk assessment of Lena"));
        assertThat(browser.findElement(By.cssSelector("[data-testid=level]")).getText()).contains("High risk", "14 Yes of 27");
        assertThat(browser.findElement(By.cssSelector("[data-testid=criteria]")).getText()).contains("Visible high risk");
        Browser.screenshot(browser, "risk-assessment-result");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();

        browser.findElement(By.linkText("Back to the incident")).click();
        Browser.waitFor(browser, ExpectedConditions.titleContains(file.incident().reference()));
        String incidentPage = browser.findElement(By.cssSelector("main")).getText();
        assertThat(incidentPage).contains("Risk assessment", "High risk", "MARAC criteria met: Visible high risk");
    }
}

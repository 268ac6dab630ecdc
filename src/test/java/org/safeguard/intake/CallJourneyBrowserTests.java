package org.safeguard.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safeguard.support.Browser;
import org.safeguard.support.Calls;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 3, done when: the operator types a phone number with two earlier incidents and sees them
 * without pressing a button, records the incident, and the officer's view shows the recorded checks;
 * a supervisor closes a high-risk incident only after the close-out checklist is complete.
 */
@SafeguardTest
class CallJourneyBrowserTests {

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
    void theOperatorSeesTheHistoryWhileTypingRecordsTheCallAndTheSupervisorClosesItAfterTheChecklist() {
        String phone = calls.unusedPhone();
        String family = Calls.unusedFamilyName();
        String postcode = Calls.unusedPostcode();
        IncidentFile first = calls.record("call.handler", Calls.domesticAbuse(Instant.now().minus(Duration.ofDays(200)),
                phone, "Flat 3, 21 Station Road", postcode, Calls.victim("Mira", family, LocalDate.of(1992, 8, 1)),
                Calls.suspect("Dev", family, LocalDate.of(1989, 2, 14)), "PRIORITY"));
        IncidentFile second = calls.record("call.handler", Calls.domesticAbuse(Instant.now().minus(Duration.ofDays(30)),
                phone, "Flat 3, 21 Station Road", postcode, Calls.victim("Mira", family, LocalDate.of(1992, 8, 1)),
                Calls.suspect("Dev", family, LocalDate.of(1989, 2, 14)), "PRIORITY"));

        signIn("call.handler");
        browser.get(url("/incidents/new"));
        // With JavaScript the panel needs no button: the script hides the no-JavaScript one.
        waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("check-history-button")));
        browser.findElement(By.id("callerPhone")).sendKeys(phone);
        waitFor(driver -> driver.findElements(By.cssSelector("[data-testid=past-incident]")).size() == 2);
        List<WebElement> shown = browser.findElements(By.cssSelector("[data-testid=past-incident]"));
        assertThat(shown.get(0).getText()).contains(second.incident().reference());
        assertThat(shown.get(1).getText()).contains(first.incident().reference());
        assertThat(browser.findElement(By.id("history-panel")).getText()).contains("repeat victim");
        Browser.screenshot(browser, "intake-history-panel");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();

        new Select(browser.findElement(By.id("channel"))).selectByValue("EMERGENCY_999");
        browser.findElement(By.id("callerName")).sendKeys("Mira " + family);
        browser.findElement(By.id("location")).sendKeys("flat 3 21 station rd");
        browser.findElement(By.id("postcode")).sendKeys(postcode);
        browser.findElement(By.id("parties[0].givenName")).sendKeys("Mira");
        browser.findElement(By.id("parties[0].familyName")).sendKeys(family);
        browser.findElement(By.id("parties[0].dateOfBirth")).sendKeys("1/8/1992");
        browser.findElement(By.id("parties[1].givenName")).sendKeys("Dev");
        browser.findElement(By.id("parties[1].familyName")).sendKeys(family);
        browser.findElement(By.id("parties[1].dateOfBirth")).sendKeys("14/2/1989");
        click("bothAged16OrOver");
        click("personallyConnected");
        new Select(browser.findElement(By.id("relationship"))).selectByValue("CURRENT_PARTNER");
        click("threatToLife");
        new Select(browser.findElement(By.id("grade"))).selectByValue("IMMEDIATE");
        browser.findElement(By.id("summary")).sendKeys("He says he will kill her if she leaves.");
        browser.findElement(By.cssSelector("button[value=record]")).click();
        waitFor(ExpectedConditions.titleContains("INC-"));

        assertThat(browser.findElement(By.className("govuk-notification-banner")).getText()).contains("recorded");
        String incidentUrl = browser.getCurrentUrl();
        String reference = browser.findElement(By.tagName("h1")).getText();

        signIn("officer");
        browser.get(incidentUrl);
        WebElement checks = browser.findElement(By.cssSelector("[data-testid=checks]"));
        assertThat(checks.getText()).contains("Phone", "Address", "Person", "2 earlier incidents", "System for call.handler");
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("INC-");
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("Repeat victim", "Supervisor oversight");
        Browser.screenshot(browser, "intake-officer-view");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();

        signIn("supervisor");
        browser.get(url("/oversight"));
        assertThat(browser.findElement(By.cssSelector("[data-testid=oversight]")).getText()).contains(reference);
        browser.get(incidentUrl + "/close");
        click("victimSafe");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitFor(ExpectedConditions.titleContains("Error:"));
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                .contains("Select whether the suspect has been dealt with", "Confirm the positive action taken is recorded");
        Browser.screenshot(browser, "intake-close-out-incomplete");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();

        click("suspectDealtWith");
        click("riskAssessed");
        click("positiveActionRecorded");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitFor(ExpectedConditions.titleContains("INC-"));
        assertThat(browser.findElement(By.className("govuk-notification-banner")).getText()).contains("closed");
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("Closed", "Victim safe");
    }

    private void click(String id) {
        Browser.clickLabelFor(browser, id);
    }

    private void signIn(String username) {
        Browser.signIn(browser, port, username);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void waitFor(ExpectedCondition<?> condition) {
        Browser.waitFor(browser, condition);
    }
}

package org.safeguard.shell;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safeguard.support.Browser;
import org.safeguard.support.SafeguardTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 2: a person signs in with a real browser (then, issue 10, the second factor) and lands on the home page; the sign-in and home
 * pages have no serious or critical accessibility problems (axe-core, WCAG 2.2 AA rules).
 */
@SafeguardTest
class SignInJourneyBrowserTests {

    private static WebDriver browser;

    @LocalServerPort
    int port;

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

    private static void waitFor(ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition);
    }

    @Test
    void anOfficerSignsInAndSeesTheirHomePage() {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/");
        assertThat(browser.getCurrentUrl()).endsWith("/sign-in");
        assertThat(browser.getTitle()).isEqualTo("Sign in – Safeguard");
        Browser.screenshot(browser, "sign-in");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();

        browser.findElement(By.id("username")).sendKeys("officer");
        browser.findElement(By.id("password")).sendKeys("Demo-Password-2026");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(ExpectedConditions.urlContains("/sign-in/second-factor"));
        Browser.screenshot(browser, "sign-in-second-factor");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
        Browser.completeSecondFactor(browser, "officer");
        waitFor(ExpectedConditions.titleIs("Home – Safeguard"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Welcome, Alex Rowan");
        assertThat(browser.findElement(By.className("safeguard-demo-banner")).getText()).contains("DEMO");
        Browser.screenshot(browser, "home-officer");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
    }

    @Test
    void aWrongPasswordShowsTheErrorSummaryAndTheGovukScriptsRun() {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/sign-in");
        browser.findElement(By.id("username")).sendKeys("analyst");
        browser.findElement(By.id("password")).sendKeys("not-the-password");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(ExpectedConditions.titleIs("Error: Sign in – Safeguard"));

        assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                .contains("There is a problem", "The username or password is not correct");
        assertThat(browser.getTitle()).startsWith("Error: ");
        Browser.screenshot(browser, "sign-in-wrong-password");
        // GOV.UK Frontend's JavaScript (loaded as a module under the strict CSP) marks the page as enhanced.
        assertThat(browser.findElement(By.tagName("body")).getAttribute("class")).contains("govuk-frontend-supported");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
    }
}

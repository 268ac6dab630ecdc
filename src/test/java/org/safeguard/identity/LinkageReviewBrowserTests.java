package org.safeguard.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.safeguard.support.Browser;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Record linkage, done when: a specialist finds the pairs to review from the navigation, opens one, compares the
 * two records side by side with what the comparison found, judges them different people and is back at a queue
 * without the pair; the queue and the pair page pass axe-core's checks.
 */
@SafeguardTest
class LinkageReviewBrowserTests {

    private static WebDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    Pairs pairs;

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
    void aSpecialistJudgesAPairDifferentPeopleAndItLeavesTheQueue() {
        Pairs.Pair pair = pairs.proposed();
        By pairRow = By.cssSelector("tr[data-review='" + pair.reviewId() + "']");

        Browser.signIn(browser, port, "specialist");
        browser.findElement(By.partialLinkText("Who is who")).click();
        Browser.waitFor(browser, ExpectedConditions.titleContains("Pairs to review"));
        assertThat(browser.findElement(pairRow).getText()).contains(pair.firstName(), pair.secondName());
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
        Browser.screenshot(browser, "linkage-queue");

        browser.findElement(pairRow).findElement(By.partialLinkText("Review")).click();
        Browser.waitFor(browser, ExpectedConditions.titleContains("Pair to review"));
        assertThat(browser.findElement(By.cssSelector("[data-testid=records]")).getText())
                .contains(pair.firstName(), pair.secondName(), "12 Orchard Close", "Flat 3, 40 Mill Lane");
        assertThat(browser.findElement(By.cssSelector("[data-testid=evidence]")).getText())
                .contains("Date of birth", "the same", "+7.2", "Address", "different");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
        Browser.screenshot(browser, "linkage-review");

        Browser.clickLabelFor(browser, "judgement-DIFFERENT");
        browser.findElement(By.id("note")).sendKeys("Different people: the file notes name different mothers");
        browser.findElement(By.xpath("//button[contains(., 'Save the decision')]")).click();

        Browser.waitFor(browser, ExpectedConditions.titleContains("Pairs to review"));
        assertThat(browser.findElement(By.cssSelector(".govuk-notification-banner--success")).getText())
                .contains(pair.firstName(), "are different people");
        assertThat(browser.findElements(pairRow)).isEmpty();
    }
}

package org.safeguard.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.safeguard.intake.IncidentFile;
import org.safeguard.intake.PartyRole;
import org.safeguard.safeguarding.Cases;
import org.safeguard.safeguarding.VictimCase;
import org.safeguard.support.Browser;
import org.safeguard.support.Calls;
import org.safeguard.support.Eventually;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 10, done when: a partner sees a locked-down profile (only that the record exists and which agencies work with
 * the person), requests access, the record's owner (the victim's SPOC) grants it, the partner then sees the profile,
 * and the owner finds the partner's view under "Who has seen this record".
 */
@SafeguardTest
class LockedProfileBrowserTests {

    private static WebDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    Calls calls;
    @Autowired
    Cases cases;
    @Autowired
    Staff staff;

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
    void aPartnerSeesALockedProfileAsksForAccessIsGrantedAndTheOwnerSeesTheView() {
        String family = Calls.unusedFamilyName();
        IncidentFile file = calls.record("call.handler", Calls.domesticAbuse(Instant.now(), null, "12 Tanner Row",
                Calls.unusedPostcode(), Calls.victim("Bea", family, LocalDate.of(1994, 2, 2)),
                Calls.suspect("Rex", family, LocalDate.of(1990, 9, 9)), "PRIORITY"));
        long victim = file.incident().partiesIn(PartyRole.VICTIM).get(0).personId();
        VictimCase opened = Eventually.found(() -> calls.as("officer", () -> cases.openCaseOf(victim)));
        StaffAccount owner = staff.fresh(Role.DA_SPECIALIST);
        calls.as("supervisor", () -> cases.changeSpoc(opened.id(), opened.version(), owner.username(),
                "The specialist team takes the case", "Bea prefers calls after 6pm"));
        String profile = "http://localhost:" + port + "/people/" + victim;

        // The partner has no relationship to Bea: only that the record exists, and who works with her.
        Browser.signIn(browser, port, "partner");
        browser.get(profile);
        String locked = main();
        assertThat(locked).contains("Restricted record", "Agencies working with this person", "SPOC")
                .doesNotContain("Bea", family, "Tanner");
        Browser.screenshot(browser, "locked-profile");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();

        WebElement request = browser.findElement(By.cssSelector("[data-testid=request-access-form]"));
        request.findElement(By.tagName("textarea")).sendKeys("Bea's children are open to the safeguarding hub");
        request.findElement(By.tagName("button")).click();
        Browser.waitFor(browser, ExpectedConditions.urlContains("/access/requests"));
        assertThat(main()).contains("Your request was sent", "Waiting for " + owner.username());

        // The SPOC owns the record: the request waits for them, and they grant it.
        Browser.signIn(browser, port, owner.username(), Staff.PASSWORD);
        browser.get("http://localhost:" + port + "/access/requests");
        WebElement toAnswer = browser.findElements(By.cssSelector("[data-testid=request-to-answer]")).stream()
                .filter(card -> card.getText().contains("partner")).findFirst().orElseThrow();
        assertThat(toAnswer.getText()).contains("Bea's children are open to the safeguarding hub");
        toAnswer.findElement(By.cssSelector("input[value=GRANT]")).click();
        toAnswer.findElement(By.tagName("button")).click();
        Browser.waitFor(browser, ExpectedConditions.urlContains("/access/requests"));
        assertThat(main()).contains("Access granted");

        // The partner now sees Bea's profile.
        Browser.signIn(browser, port, "partner");
        browser.get(profile);
        assertThat(browser.findElement(By.cssSelector("[data-testid=person-name]")).getText()).contains("Bea " + family);
        assertThat(main()).doesNotContain("Restricted record");

        // The owner sees that the partner viewed it.
        Browser.signIn(browser, port, owner.username(), Staff.PASSWORD);
        browser.get(profile);
        WebElement seen = browser.findElement(By.id("who-has-seen"));
        seen.findElement(By.tagName("summary")).click();
        String views = seen.getText();
        assertThat(views).contains("partner");
        assertThat(seen.findElements(By.cssSelector("tbody tr")).stream().map(WebElement::getText)
                .filter(row -> row.contains("partner")).toList())
                .anySatisfy(row -> assertThat(row).containsIgnoringCase("viewed"))
                .anySatisfy(row -> assertThat(row).containsIgnoringCase("refused"));
        Browser.screenshot(browser, "who-has-seen");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
    }

    private static String main() {
        return browser.findElement(By.cssSelector("main")).getText();
    }
}

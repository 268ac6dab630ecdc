package org.safeguard.offender;

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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.safeguard.intake.IncidentFile;
import org.safeguard.intake.Incidents;
import org.safeguard.intake.NewIncident;
import org.safeguard.intake.NewParty;
import org.safeguard.intake.OffenceGroup;
import org.safeguard.intake.PartyRole;
import org.safeguard.support.Browser;
import org.safeguard.support.Calls;
import org.safeguard.support.Eventually;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 8: a specialist opens the priority list, finds a known perpetrator ranked with the parts of the score
 * (R, F, G, V), narrows the list to the perpetrator's area, and reads how the list is worked out.
 */
@SafeguardTest
class PriorityListBrowserTests {

    private static WebDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    Calls calls;
    @Autowired
    Incidents incidents;
    @Autowired
    PriorityList priorityList;

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
    void aSpecialistFindsAPerpetratorRankedWithTheScoresPartsAndNarrowsTheListToTheirArea() {
        String family = Calls.unusedFamilyName();
        String town = "Rfg" + Calls.unusedFamilyName().toLowerCase();
        NewParty victim = Calls.victim("Yara", family, LocalDate.of(1994, 2, 2));
        NewIncident typed = new NewIncident(Instant.now().minus(Duration.ofHours(5)), "EMERGENCY_999", "Yara " + family, null,
                "4 Kiln Row", town, Calls.unusedPostcode(), List.of(victim, Calls.suspect("Zak", family, LocalDate.of(1990, 8, 8))),
                "CURRENT_PARTNER", true, true, 0, 0, null, false, true, false, "IMMEDIATE", "Caller says he choked her.");
        IncidentFile file = calls.record("call.handler", typed);
        calls.as("officer", () -> incidents.recordOffence(file.incident().id(), OffenceGroup.STRANGULATION));
        long suspect = file.incident().partiesIn(PartyRole.SUSPECT).get(0).personId();
        // R = 5, F = 1, G = 8, V = 1: 5 × 9 = 45
        Eventually.found(() -> calls.as("specialist", () -> priorityList.standing(suspect))
                .filter(s -> s.score().intValue() == 45));

        Browser.signIn(browser, port, "specialist");
        browser.findElement(By.linkText("Priority perpetrators")).click();
        Browser.waitFor(browser, ExpectedConditions.titleIs("Priority perpetrators – Safeguard"));
        new Select(browser.findElement(By.id("area"))).selectByVisibleText(town);
        browser.findElement(By.cssSelector("[data-testid=filter] button")).click();
        Browser.waitFor(browser, ExpectedConditions.titleIs("Priority perpetrators: " + town + " – Safeguard"));

        assertThat(browser.findElement(By.cssSelector("[data-testid=rank-scope]")).getText()).startsWith("Ranked within " + town);
        WebElement row = browser.findElement(By.cssSelector("[data-testid=priority-list] tr[data-person='" + suspect + "']"));
        List<String> cells = row.findElements(By.cssSelector("td")).stream().map(WebElement::getText).toList();
        assertThat(cells.get(0)).isEqualTo("1");
        assertThat(cells.get(1)).startsWith("Zak " + family).contains("born 8 Aug 1990");
        assertThat(cells.subList(2, 8)).containsExactly("45", "5", "1", "8", "1", "1");
        assertThat(cells.get(9)).isEqualTo(town);

        browser.findElement(By.cssSelector("[data-testid=method] summary")).click();
        assertThat(browser.findElement(By.cssSelector("[data-testid=method]")).getText())
                .contains("R × (F + G)", "strangulation or suffocation 8");
        Browser.screenshot(browser, "priority-list");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();

        assertThat(row.findElement(By.linkText("Zak " + family)).getAttribute("href")).endsWith("/offenders/" + suspect);
    }
}

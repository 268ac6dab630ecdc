package org.safeguard.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.safeguard.intake.IncidentFile;
import org.safeguard.intake.PartyRole;
import org.safeguard.risk.Assessment;
import org.safeguard.risk.AssessmentAnswers;
import org.safeguard.risk.RiskAssessments;
import org.safeguard.risk.RiskLevel;
import org.safeguard.support.Browser;
import org.safeguard.support.Calls;
import org.safeguard.support.Eventually;
import org.safeguard.support.Dash;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 6, done when: a browser follows a high-risk case from the incident to its SPOC's board. The
 * incident opens the victim's case; a DASH of 14 Yes makes it high risk, which moves it to the specialist
 * team (or, out of hours, to the on-call supervisor until the team is back); the incident page names the
 * SPOC and leads to the case; the SPOC signs in and finds the victim on their board.
 */
@SafeguardTest
class CaseJourneyBrowserTests {

    private static WebDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    Calls calls;
    @Autowired
    Cases cases;
    @Autowired
    RiskAssessments assessments;

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
    void aHighRiskCaseGoesFromTheIncidentToItsSpocsBoard() {
        String family = Calls.unusedFamilyName();
        IncidentFile file = calls.record("call.handler", Calls.domesticAbuse(Instant.now(), null, "9 Weir Lane", "ZZ9 4RD",
                Calls.victim("Ada", family, LocalDate.of(1996, 3, 3)), Calls.suspect("Ivo", family, LocalDate.of(1992, 6, 6)),
                "IMMEDIATE"));
        long victim = file.incident().partiesIn(PartyRole.VICTIM).get(0).personId();
        eventually(() -> calls.as("officer", () -> cases.openCaseOf(victim)));
        calls.as("officer", () -> {
            Assessment draft = assessments.start(file.incident().id(), victim, null);
            return assessments.complete(draft.id(), draft.version(), new AssessmentAnswers(Dash.answers(14), Map.of(),
                    "He said he would kill me"), null, null);
        });
        VictimCase high = eventually(() -> calls.as("officer", () -> cases.openCaseOf(victim))
                .filter(c -> c.riskLevel() == RiskLevel.HIGH));
        String spoc = high.spoc().username();

        Browser.signIn(browser, port, "officer");
        browser.get("http://localhost:" + port + "/incidents/" + file.incident().id());
        String incidentPage = browser.findElement(By.cssSelector("main")).getText();
        assertThat(incidentPage).contains("Victim's case", "SPOC: " + high.spoc().name(), "High risk");
        browser.findElement(By.linkText("Open the case")).click();
        Browser.waitFor(browser, ExpectedConditions.titleContains("Ada " + family));
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains(high.spoc().name(), "High",
                file.incident().reference());
        Browser.screenshot(browser, "case-page");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();

        Browser.signIn(browser, port, spoc, spoc.startsWith("t.") ? Staff.PASSWORD : "Demo-Password-2026");
        browser.get("http://localhost:" + port + "/board");
        String myCases = browser.findElement(By.cssSelector("[data-testid=my-cases]")).getText();
        assertThat(myCases).contains("Ada " + family);
        Browser.screenshot(browser, "spoc-board");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
        browser.findElement(By.linkText("Ada " + family)).click();
        Browser.waitFor(browser, ExpectedConditions.titleContains("Ada " + family));
    }

    private static <T> T eventually(Supplier<Optional<T>> probe) {
        return Eventually.found(probe);
    }
}

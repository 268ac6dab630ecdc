package org.safeguard.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) for browser tests.
 * Without them the tests are skipped with a message saying how to install them; with
 * {@code SAFEGUARD_REQUIRE_BROWSER=true} (as {@code .ci/run} sets) a missing browser fails the run instead.
 */
public final class Browser {

    private static final String CHROMIUM = System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium");
    private static final String DRIVER = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");

    private Browser() {
    }

    /**
     * Signs in through the sign-in page as a demo user (demo password), then gives the second factor (setting up
     * the app at the first sign-in, as {@link SecondFactor}), and waits for the home page.
     */
    public static void signIn(WebDriver driver, int port, String username) {
        signIn(driver, port, username, "Demo-Password-2026");
    }

    /** Signs in with the password given (accounts made by {@code Staff.fresh} use {@code Staff.PASSWORD}). */
    public static void signIn(WebDriver driver, int port, String username, String password) {
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/sign-in");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(driver, ExpectedConditions.or(ExpectedConditions.urlContains("/sign-in/second-factor"),
                ExpectedConditions.urlContains("error")));
        if (driver.getCurrentUrl().contains("/set-up")) {
            SecondFactor.remember(username, driver.findElement(By.id("secret")).getText());
            driver.findElement(By.id("code")).sendKeys(SecondFactor.freshCode(username));
            driver.findElement(By.cssSelector("form button[type=submit]")).click();
            waitFor(driver, ExpectedConditions.presenceOfElementLocated(By.id("kept-codes")));
            driver.findElement(By.id("kept-codes")).click();
        } else if (driver.getCurrentUrl().contains("/sign-in/second-factor")) {
            if (!SecondFactor.knows(username)) {
                SecondFactor.enrolDirectly(username);
            }
            driver.findElement(By.id("code")).sendKeys(SecondFactor.freshCode(username));
            driver.findElement(By.cssSelector("form button[type=submit]")).click();
        }
        waitFor(driver, ExpectedConditions.titleIs("Home – Safeguard"));
    }

    /** Waits up to 15 seconds for the condition. */
    public static void waitFor(WebDriver driver, ExpectedCondition<?> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(condition);
    }

    /** Clicks the label of a radio or checkbox, as a person does. */
    public static void clickLabelFor(WebDriver driver, String inputId) {
        driver.findElement(By.cssSelector("label[for='" + inputId + "']")).click();
    }

    /** Skips (or, when required, fails) the calling test class when no browser is installed. */
    public static void assumeInstalled() {
        boolean installed = new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute();
        if (installed) {
            return;
        }
        String message = "Browser tests need Chromium and ChromeDriver at " + CHROMIUM + " and " + DRIVER
                + ". Install them with: sudo apt-get install chromium chromium-driver";
        if (Boolean.parseBoolean(System.getenv("SAFEGUARD_REQUIRE_BROWSER"))) {
            Assertions.fail(message);
        }
        System.err.println("SKIPPED: " + message);
        Assumptions.abort(message);
    }

    public static WebDriver start() {
        return start(null);
    }

    /**
     * A browser that saves what it downloads (a CSV, a PDF) into {@code downloads} without asking, as a person's
     * browser set to "save to Downloads" does; null for the default.
     */
    public static WebDriver start(Path downloads) {
        try {
            ChromeOptions options = new ChromeOptions();
            if (downloads != null) {
                options.setExperimentalOption("prefs", java.util.Map.of(
                        "download.default_directory", downloads.toAbsolutePath().toString(),
                        "download.prompt_for_download", false, "safebrowsing.enabled", true));
            }
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--window-size=1280,1000",
                    "--user-data-dir=" + Files.createTempDirectory("safeguard-chromium-"));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                    .usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves what the browser shows to {@code target/browser-screenshots/NAME.png}, for people reviewing a change. */
    public static void screenshot(WebDriver driver, String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "browser-screenshots"));
            Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** axe-core's serious and critical accessibility violations on the current page. */
    public static List<String> seriousAccessibilityViolations(WebDriver driver) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze(driver);
        if (results.getPasses().isEmpty() || results.isErrored()) {
            throw new IllegalStateException("axe-core did not run on " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
        }
        return results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(Browser::describe)
                .toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
    }
}

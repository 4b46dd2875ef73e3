package cn.county.reelection.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven through its chromedriver (installed by .ci/run). */
final class Chromium {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {}

    static ChromeDriver start() throws IOException {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "Chromium and chromedriver are not installed: .ci/run installs them (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1400,1000",
                "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        return driver;
    }

    /** How often a wait looks again: WebDriverWait's own 500 ms kept each step waiting a quarter second on average. */
    static final Duration LOOK_AGAIN = Duration.ofMillis(100);

    /** A wait of at most {@code timeout} that looks every {@link #LOOK_AGAIN}. */
    static WebDriverWait waitUp(WebDriver browser, Duration timeout) {
        return new WebDriverWait(browser, timeout, LOOK_AGAIN);
    }

    /**
     * How long a task's form must stay the same element with the same content before typing into it. In 57 forms
     * opened by the two journeys side by side, timed look by look, none changed once it was ready and no longer
     * greyed out; a second's wait cost each opened form a second.
     */
    static final Duration SETTLED = Duration.ofMillis(300);

    /**
     * Waits for the open task's form to be ready for typing: it has its values from the server (the form marks
     * itself {@code re-ready}), it is the assignee's (Tasklist greys a form out until the task is claimed) and it
     * has stayed the same element with the same content for {@link #SETTLED}, since Tasklist may draw a task's form
     * once more after a claim.
     */
    static WebElement awaitReadyForm(WebDriver browser, Duration timeout) {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        WebElement last = null;
        String lastContent = null;
        long since = 0;
        while (System.currentTimeMillis() < deadline) {
            try {
                List<WebElement> ready = browser.findElements(By.cssSelector("form.re-form.re-ready"));
                boolean disabled = !browser.findElements(By.cssSelector(".disabled-form form.re-form"))
                        .isEmpty();
                WebElement form = ready.isEmpty() || disabled ? null : ready.get(0);
                String content = form == null
                        ? null
                        : (String) ((JavascriptExecutor) browser).executeScript("return arguments[0].innerHTML", form);
                if (form == null || !form.equals(last) || !content.equals(lastContent)) {
                    last = form;
                    lastContent = content;
                    since = System.currentTimeMillis();
                } else if (System.currentTimeMillis() - since >= SETTLED.toMillis() && form.isDisplayed()) {
                    return form;
                }
            } catch (StaleElementReferenceException e) {
                last = null; // drawn again while looking; look once more
            }
            sleep(LOOK_AGAIN.toMillis());
        }
        throw new TimeoutException("the task's form was not ready for typing within " + timeout.toSeconds()
                + " s (form.re-form.re-ready, not greyed out, the same element with the same content for "
                + SETTLED.toMillis() + " ms)");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Saves a screenshot under target/screenshots and answers its path. */
    static Path screenshot(ChromeDriver driver, String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /**
     * Opens a Camunda webapp at {@code url} and signs in through its login form. On a busy machine the webapp's first
     * load now and then never draws (a script that did not arrive); a person reloads it, and so does this
     * ({@link #awaitDrawn}). A sign-in whose answer never draws is tried again from a fresh load ({@link #SIGN_IN}).
     */
    static void signIn(ChromeDriver browser, String url, String user, String password) {
        tryUntil(
                browser,
                SIGN_IN,
                attempt -> {
                    if (attempt > 1) {
                        // a sign-in that finished after all would skip the login form
                        browser.manage().deleteAllCookies();
                    }
                    openLoginForm(browser, url, attempt == 1);
                    browser.findElement(By.cssSelector("input[ng-model=username]"))
                            .sendKeys(user);
                    browser.findElement(By.cssSelector("input[type=password]")).sendKeys(password);
                    browser.findElement(By.cssSelector("form[name=signinForm] button[type=submit]"))
                            .click();
                },
                ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form[name=signinForm]")),
                "the sign-in of " + user + " at " + url);
    }

    /** Loads (or reloads) the webapp until its login form shows. */
    static void openLoginForm(ChromeDriver browser, String url, boolean first) {
        if (first) {
            browser.get(url);
        } else {
            browser.navigate().refresh();
        }
        awaitDrawn(
                browser,
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=password]")),
                "the login form of " + url);
    }

    /** Waits until the page just loaded shows {@code drawn}, loading it again when it stalls ({@link #LOAD}). */
    static void awaitDrawn(ChromeDriver browser, ExpectedCondition<?> drawn, String what) {
        tryUntil(
                browser,
                LOAD,
                attempt -> {
                    if (attempt > 1) {
                        browser.navigate().refresh();
                    }
                },
                drawn,
                what);
    }

    /**
     * How long a try waits before it counts as stalled and is made again, how many tries there are, and how long the
     * last one waits, for a machine that is only slow.
     */
    private record Patience(Duration stalled, int tries, Duration last) {

        Duration forTry(int attempt) {
            return attempt < tries ? stalled : last;
        }
    }

    /**
     * A sign-in took 1.3–4.2 s in the township journey. Now and then the login form keeps its place after the click,
     * with the page loaded and idle; the next try goes through at once.
     */
    private static final Patience SIGN_IN = new Patience(Duration.ofSeconds(15), 3, Duration.ofSeconds(60));

    /**
     * A load in the journeys draws within seconds. Now and then on a busy machine a webapp stays at its spinner (its
     * scripts never start) or draws without its content; in CI such a load once cost Tasklist 90 s, when each load
     * was given that long.
     */
    private static final Patience LOAD = new Patience(Duration.ofSeconds(30), 3, Duration.ofSeconds(90));

    /**
     * Makes {@code attempt} (given its number, from 1) until the page shows {@code done}, each try waiting as
     * {@code patience} says. A stalled try is logged with what the page showed and its slowest resources; the last
     * one fails with them.
     */
    private static void tryUntil(
            ChromeDriver browser, Patience patience, IntConsumer attempt, ExpectedCondition<?> done, String what) {
        for (int n = 1; ; n++) {
            attempt.accept(n);
            try {
                waitUp(browser, patience.forTry(n)).until(done);
                return;
            } catch (TimeoutException e) {
                String seen = stalledLoad(browser);
                System.err.println(what + " stalled at " + browser.getCurrentUrl() + " (try " + n + "): " + seen);
                if (n == patience.tries()) {
                    throw new AssertionError(what + " stalled " + n + " times: " + seen, e);
                }
            }
        }
    }

    /** What a stalled page shows: its state, its text and its slowest resources. */
    private static String stalledLoad(ChromeDriver browser) {
        try {
            return String.valueOf(browser.executeScript("""
          const slow = performance.getEntriesByType('resource')
            .sort((a, b) => b.duration - a.duration).slice(0, 5)
            .map(r => r.name.replace(location.origin, '') + ' ' + Math.round(r.duration) + 'ms');
          return 'readyState=' + document.readyState + ' body=' + document.body.innerText.slice(0, 200)
            + ' slowest=' + slow.join(', ');"""));
        } catch (RuntimeException e) {
            return "(page did not answer: " + e.getMessage() + ")";
        }
    }
}

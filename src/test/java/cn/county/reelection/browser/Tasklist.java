package cn.county.reelection.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Camunda Tasklist as a person uses it, in one headless Chromium: sign in, open a task by its name,
 * claim it, fill the project's embedded form and complete it. Counts the fields a person fills.
 */
final class Tasklist implements AutoCloseable {

    private final ChromeDriver browser;
    private final WebDriverWait wait;
    private final String base;
    private int fieldsFilled;

    Tasklist(int port) throws IOException {
        this.browser = Chromium.start();
        this.wait = Chromium.waitUp(browser, Duration.ofSeconds(120));
        this.base = "http://localhost:" + port;
    }

    ChromeDriver browser() {
        return browser;
    }

    void signIn(String user, String password) {
        browser.manage().deleteAllCookies();
        Chromium.signIn(browser, base + "/camunda/app/tasklist/default/", user, password);
        // the signed-in page now and then stays without its task list on a busy machine; a person reloads it
        Chromium.awaitDrawn(
                browser,
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("[cam-tasks]")),
                "Tasklist's task list");
    }

    /**
     * What the page's last load took over the network and what it unpacked, in KB: the page, its scripts, styles,
     * fonts and calls.
     */
    Load load() {
        List<?> kilobytes = (List<?>) browser.executeScript("""
          const entries = performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'));
          const kb = field => Math.round(entries.reduce((sum, entry) => sum + entry[field], 0) / 1024);
          return [kb('transferSize'), kb('decodedBodySize')];""");
        return new Load(((Number) kilobytes.get(0)).longValue(), ((Number) kilobytes.get(1)).longValue());
    }

    record Load(long transferredKb, long unpackedKb) {}

    /** Opens the first task whose name starts with {@code name} (Tasklist adds the township to it), claims it and waits for its form. */
    void open(String name) {
        By link = By.xpath("//li[contains(@class,'task')]//h4//a[starts-with(normalize-space(.), '" + name + "')]");
        long[] lastLoad = {System.currentTimeMillis()};
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            List<WebElement> found = d.findElements(link);
            if (!found.isEmpty()) {
                ((JavascriptExecutor) d).executeScript("arguments[0].click()", found.get(0));
                return true;
            }
            // a task created a moment ago shows after a reload; give each load time to finish
            if (System.currentTimeMillis() - lastLoad[0] > 8000) {
                d.navigate().refresh();
                lastLoad[0] = System.currentTimeMillis();
            }
            return false;
        });
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.re-form")));
        // claim the task when Tasklist offers it; the claim button may render after the form, and render again
        long until = System.currentTimeMillis() + 2500;
        while (System.currentTimeMillis() < until) {
            try {
                List<WebElement> claim = browser.findElements(By.cssSelector("button.claim")).stream()
                        .filter(WebElement::isDisplayed)
                        .toList();
                if (!claim.isEmpty()) {
                    ((JavascriptExecutor) browser).executeScript("arguments[0].click()", claim.get(0));
                    wait.ignoring(StaleElementReferenceException.class)
                            .until(d -> d.findElements(By.cssSelector("button.claim")).stream()
                                    .noneMatch(WebElement::isDisplayed));
                    break;
                }
            } catch (StaleElementReferenceException e) {
                // Tasklist drew the task again; look once more
            }
            sleep(Chromium.LOOK_AGAIN.toMillis());
        }
        // ready, and settled: Tasklist may draw the task once more after claiming it
        Chromium.awaitReadyForm(browser, Duration.ofSeconds(90));
        // the form has read its variables once the server's context shows
        wait.ignoring(StaleElementReferenceException.class)
                .until(d ->
                        !d.findElement(By.cssSelector("form.re-form")).getText().isBlank());
    }

    String formText() {
        return wait.ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.cssSelector("form.re-form")).getText());
    }

    void type(By field, String text) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement element = d.findElement(field);
            element.clear();
            element.sendKeys(text);
            return true;
        });
        fieldsFilled++;
    }

    void type(WebElement element, String text) {
        element.clear();
        element.sendKeys(text);
        fieldsFilled++;
    }

    void choose(WebElement select, String visibleText) {
        new Select(select).selectByVisibleText(visibleText);
        fieldsFilled++;
    }

    void waitForText(String text) {
        wait.until(d -> formText().contains(text));
    }

    void click(By by) {
        // the form may render again once its variables arrive: find the element afresh until the click lands
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement element = d.findElements(by).stream()
                    .filter(WebElement::isDisplayed)
                    .findFirst()
                    .orElse(null);
            if (element == null || !element.isEnabled()) {
                return false;
            }
            ((JavascriptExecutor) d)
                    .executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
            return true;
        });
    }

    void upload(By fileInput, Path file) {
        upload(browser.findElement(fileInput), file);
    }

    void upload(WebElement fileInput, Path file) {
        fileInput.sendKeys(file.toAbsolutePath().toString());
        fieldsFilled++;
    }

    /** Tasklist's 保存. */
    void save() {
        wait.until(d -> d.findElements(By.cssSelector("button[ng-click='save($event)']")).stream()
                        .filter(b -> b.isDisplayed() && b.isEnabled())
                        .findFirst()
                        .orElse(null))
                .click();
        sleep(500);
    }

    /** Tasklist's 完成; answers the form's own error list, empty when the task was completed. */
    String complete() {
        // Tasklist may keep an earlier task's hidden form actions in the page: the visible button is this task's
        WebElement button = wait.until(d -> d.findElements(By.cssSelector("button[ng-click='complete()']")).stream()
                .filter(b -> b.isDisplayed() && b.isEnabled())
                .findFirst()
                .orElse(null));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        ((JavascriptExecutor) browser).executeScript("arguments[0].click()", button);
        return wait.until(d -> {
            List<WebElement> errors = d.findElements(By.cssSelector("form.re-form .re-errors"));
            if (!errors.isEmpty() && errors.get(0).isDisplayed()) {
                return errors.get(0).getText();
            }
            List<WebElement> toasts =
                    d.findElements(By.cssSelector(".notifications .notification.error, .notifications .alert-danger"));
            if (!toasts.isEmpty()) {
                return "SERVER: " + toasts.get(0).getText();
            }
            return d.findElements(By.cssSelector("form.re-form")).isEmpty() ? "" : null;
        });
    }

    void completeWithoutErrors() {
        assertThat(complete()).as("form errors").isEmpty();
    }

    int fieldsFilled() {
        return fieldsFilled;
    }

    void resetFieldCount() {
        fieldsFilled = 0;
    }

    Path screenshot(String name, int width) throws IOException {
        Dimension before = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(width, width < 600 ? 844 : 1000));
        sleep(600);
        if (width < 600) {
            ((JavascriptExecutor) browser)
                    .executeScript("var f = document.querySelector('form.re-form'); if (f) { f.scrollIntoView(); }");
            sleep(200);
        }
        Path shot = Chromium.screenshot(browser, name);
        browser.manage().window().setSize(before);
        sleep(300);
        return shot;
    }

    /** The page's horizontal overflow at the current width, in CSS pixels. */
    long overflowAt(int width) {
        Dimension before = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(width, 844));
        sleep(600);
        long overflow = (Long)
                ((JavascriptExecutor) browser)
                        .executeScript(
                                "var f = document.querySelector('form.re-form'); return f ? Math.max(0, f.scrollWidth - f.clientWidth) : -1;");
        browser.manage().window().setSize(before);
        sleep(300);
        return overflow;
    }

    @Override
    public void close() {
        browser.quit();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

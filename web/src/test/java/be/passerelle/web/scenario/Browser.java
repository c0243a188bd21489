package be.passerelle.web.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A browser driven by a {@link Scenario}: the engine's Selenium driver with the steps a user takes. Every
 * step that may load a page ({@link #open}, {@link #click}, {@link #press}) ends with the page's accessibility
 * check in Chromium; {@link #driver()} gives Selenium itself for anything else (then call {@link
 * #pageShown()}).
 */
public final class Browser implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final Engine engine;
    private final WebDriver driver;
    private final String webUrl;
    private final List<String> inaccessible = new ArrayList<>();

    Browser(Engine engine, WebDriver driver, String webUrl) {
        this.engine = engine;
        this.driver = driver;
        this.webUrl = webUrl;
    }

    public Engine engine() {
        return engine;
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens this path of the web client (or this absolute URL). */
    public Browser open(String pathOrUrl) {
        driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : webUrl + pathOrUrl);
        return pageShown();
    }

    /** Signs in as this demo user (password {@code demo}) on the way to the received box. */
    public Browser signIn(String username) {
        return signInAt("/received", username);
    }

    /** Opens this page, which asks for a sign-in, and signs in through Keycloak's form as this demo user. */
    public Browser signInAt(String path, String username) {
        open(path);
        assertThat(driver.getCurrentUrl()).as("Keycloak's login form").contains("/protocol/openid-connect/auth");
        fill("#username", username);
        if (driver.findElements(By.id("password")).isEmpty()) {
            // the realm has organizations: Keycloak asks for the username first, then the password
            click("#kc-login");
        }
        fill("#password", "demo");
        return click("#kc-login");
    }

    /** Clicks this element (a link, a button), then waits for the page it shows. */
    public Browser click(String css) {
        find(css).click();
        return pageShown();
    }

    /** Clears this field and types this text in it. */
    public Browser fill(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Ticks or unticks this checkbox. */
    public Browser check(String css, boolean checked) {
        WebElement box = find(css);
        if (box.isSelected() != checked) {
            box.click();
        }
        return this;
    }

    /** Chooses the option of this value in this select. */
    public Browser select(String css, String value) {
        new Select(find(css)).selectByValue(value);
        return this;
    }

    /** Presses Tab until this element has the focus, as a keyboard-only user reaches it. */
    public Browser tabTo(String css) {
        WebElement target = find(css);
        for (int presses = 0; presses < 200; presses++) {
            if (target.equals(driver.switchTo().activeElement())) {
                return this;
            }
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError(css + " cannot be reached with the Tab key on " + path());
    }

    /** Types these keys into whatever has the focus, then waits for the page they may have loaded. */
    public Browser press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        return pageShown();
    }

    /** The first element matching this CSS selector; fails when there is none. */
    public WebElement find(String css) {
        List<WebElement> found = driver.findElements(By.cssSelector(css));
        if (found.isEmpty()) {
            throw new AssertionError("no " + css + " on " + path() + " (" + title() + ")");
        }
        return found.get(0);
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public boolean has(String css) {
        return !findAll(css).isEmpty();
    }

    /** The text of the first element matching this selector, trimmed. */
    public String text(String css) {
        return find(css).getText().strip();
    }

    /** The texts of every element matching this selector, trimmed. */
    public List<String> texts(String css) {
        return findAll(css).stream().map(element -> element.getText().strip()).toList();
    }

    /** The current value of this form field. */
    public String value(String css) {
        return find(css).getDomProperty("value");
    }

    public String title() {
        return driver.getTitle();
    }

    /** The path of the current page (without the query). */
    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** Waits until an element matches this selector (a part of the page updated by htmx, in Chromium). */
    public Browser waitFor(String css) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        return pageShown();
    }

    /** Saves what the window shows as the README's {@code docs/screenshots/<name>.png}, when they are taken. */
    public Browser screenshot(String name) {
        if (engine == Engine.CHROMIUM && Screenshots.enabled()) {
            Screenshots.take(driver, name);
        }
        return this;
    }

    /**
     * The page is there: in Chromium, once loaded, it is checked for accessibility (when it is the web client's
     * and this state of it was not checked yet). Call it after driving {@link #driver()} directly.
     */
    public Browser pageShown() {
        if (engine != Engine.CHROMIUM || !driver.getCurrentUrl().startsWith(webUrl)) {
            return this;
        }
        new WebDriverWait(driver, WAIT)
                .until(ready ->
                        "complete".equals(((JavascriptExecutor) ready).executeScript("return document.readyState")));
        inaccessible.addAll(Accessibility.check(driver, path()));
        return this;
    }

    /** The accessibility violations met on the way that are not listed as accepted. */
    List<String> inaccessible() {
        return List.copyOf(inaccessible);
    }

    @Override
    public void close() {
        driver.quit();
    }
}

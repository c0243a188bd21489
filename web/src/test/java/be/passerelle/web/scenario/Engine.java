package be.passerelle.web.scenario;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.htmlunit.HtmlUnitDriver;

/**
 * The browser engines the scenarios run in: HtmlUnit (Java, no JavaScript — the pages work without it) on
 * every machine, and Debian's Chromium through Debian's chromedriver where both are installed ({@code .ci/run}
 * installs them). Selenium never downloads a driver: Chromium's is given by its path.
 */
public enum Engine {
    JAVA("Java engine (HtmlUnit)"),
    CHROMIUM("Chromium");

    /** Where Debian puts them; {@code PASSERELLE_CHROMIUM} and {@code PASSERELLE_CHROMEDRIVER} override. */
    static final Path CHROMIUM_BINARY = setting("PASSERELLE_CHROMIUM", "/usr/bin/chromium");

    static final Path CHROMEDRIVER = setting("PASSERELLE_CHROMEDRIVER", "/usr/bin/chromedriver");

    private final String label;

    Engine(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The engines of this run: Chromium only when installed, and alone when screenshots are taken. */
    static List<Engine> available() {
        if (Screenshots.enabled()) {
            return chromiumInstalled() ? List.of(CHROMIUM) : List.of();
        }
        return chromiumInstalled() ? List.of(JAVA, CHROMIUM) : List.of(JAVA);
    }

    static boolean chromiumInstalled() {
        return Files.isExecutable(CHROMIUM_BINARY) && Files.isExecutable(CHROMEDRIVER);
    }

    /** A new browser of this engine, asking for English pages (as the other web ITs do). */
    WebDriver start() {
        return switch (this) {
            case JAVA -> new EnglishHtmlUnit();
            case CHROMIUM -> chromium();
        };
    }

    private static WebDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM_BINARY.toFile());
        options.addArguments(
                "--headless=new",
                // CI runs as root, where Chromium's sandbox cannot start
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--window-size=1280,960",
                "--lang=en");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    private static Path setting(String variable, String fallback) {
        return Path.of(Optional.ofNullable(System.getenv(variable))
                .filter(value -> !value.isBlank())
                .orElse(fallback));
    }

    /** HtmlUnit without JavaScript, asking for English like the other web ITs' browser. */
    private static final class EnglishHtmlUnit extends HtmlUnitDriver {
        EnglishHtmlUnit() {
            super(BrowserVersion.FIREFOX, false);
        }

        @Override
        protected WebClient modifyWebClient(WebClient client) {
            WebClient modified = super.modifyWebClient(client);
            modified.addRequestHeader("Accept-Language", "en");
            modified.getOptions().setCssEnabled(false);
            modified.getOptions().setThrowExceptionOnFailingStatusCode(false);
            return modified;
        }
    }
}

package be.passerelle.web.admin.integration;

import be.passerelle.web.scenario.Browser;
import java.time.Duration;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Steps that load a page and wait until the browser shows the next one: Chromium returns from a click on a
 * submit button or a link before the new page is there, so the steps wait for the old page to go.
 */
final class Pages {
    private static final Duration WAIT = Duration.ofSeconds(15);

    private Pages() {}

    /** Clicks this link or button, waits until the page it loads replaced the current one. */
    static Browser go(Browser browser, String css) {
        WebElement old = browser.find("html");
        browser.find(css).click();
        new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.stalenessOf(old));
        return browser.pageShown();
    }

    /** Opens this page, signs in through Keycloak's form as this demo user and waits for this element. */
    static Browser signInAt(Browser browser, String path, String username, String expected) {
        browser.open(path).waitFor("#username").fill("#username", username);
        if (!browser.has("#password")) {
            // the realm has organizations: Keycloak asks for the username first, then the password
            go(browser, "#kc-login").waitFor("#password");
        }
        browser.fill("#password", "demo");
        go(browser, "#kc-login");
        return browser.waitFor(expected);
    }
}

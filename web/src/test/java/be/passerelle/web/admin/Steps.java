package be.passerelle.web.admin;

import be.passerelle.web.scenario.Browser;
import java.time.Duration;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Steps of the admin pages' scenarios that {@link Browser} leaves to Selenium. */
final class Steps {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private Steps() {}

    /**
     * Opens this page, which asks for a sign-in, and signs in through Keycloak's form as this demo user
     * (password {@code demo}), waiting for each of the form's steps to replace the previous one.
     */
    static Browser signInAt(Browser browser, String path, String username) {
        browser.open(path).fill("#username", username);
        if (!browser.has("#password")) {
            // the realm has organizations: Keycloak asks for the username first, then the password
            follow(browser, "#kc-login");
        }
        browser.fill("#password", "demo");
        return follow(browser, "#kc-login");
    }

    /**
     * Clicks this button or link and waits until the page it loads has replaced the current one (Chromium
     * returns from a click before the next page is there), then lets the browser check the new page.
     */
    static Browser follow(Browser browser, String css) {
        WebElement current = browser.find("html");
        browser.find(css).click();
        new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.stalenessOf(current));
        return browser.pageShown();
    }
}

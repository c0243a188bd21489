package be.passerelle.web.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.web.WebIntegrationTest;
import com.deque.html.axecore.results.Rule;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The accessibility check itself, in Chromium: it finds a violation where there is one. */
class AccessibilityCheckIT extends WebIntegrationTest {

    @Scenario(engines = Engine.CHROMIUM)
    void an_image_without_a_text_alternative_is_a_violation(Browser browser) {
        String page = "<!DOCTYPE html><html lang=en><head><title>Fixture " + UUID.randomUUID()
                + "</title></head><body><main><h1>Fixture</h1><img src=x.png></main></body></html>";
        browser.driver()
                .get("data:text/html;charset=utf-8,"
                        + URLEncoder.encode(page, StandardCharsets.UTF_8).replace("+", "%20"));

        assertThat(Accessibility.violations(browser.driver(), "/fixture"))
                .extracting(Rule::getId)
                .containsExactly("image-alt");
    }
}

package be.passerelle.web.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.web.stack.WebTestStack;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API's state behind the reports and audit scenarios, read with a demo user's own token. */
final class ReportsAndAuditApi {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebTestStack stack;

    ReportsAndAuditApi(WebTestStack stack) {
        this.stack = stack;
    }

    /** {@code GET path} as this user (anonymous when {@code null}); the answer's status and JSON. */
    Answer get(String path, String username) {
        HttpResponse<String> response = stack.callApi("GET", path, username, null);
        return new Answer(
                response.statusCode(),
                response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body()));
    }

    /** {@code GET path}, which must answer 200. */
    JsonNode json(String path, String username) {
        Answer answer = get(path, username);
        assertThat(answer.status()).as("GET " + path + " as " + username).isEqualTo(200);
        return answer.json();
    }

    /**
     * Waits until the browser's address contains this text (a form's answer, the end of a sign-in through
     * Keycloak's redirects), then lets the page be checked.
     */
    static Browser arrived(Browser browser, String urlPart) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(urlPart));
        return browser.pageShown();
    }

    record Answer(int status, JsonNode json) {}
}

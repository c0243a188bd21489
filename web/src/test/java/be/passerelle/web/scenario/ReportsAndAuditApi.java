package be.passerelle.web.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.web.stack.WebTestStack;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API's state behind the reports and audit scenarios, read with a demo user's own token. */
final class ReportsAndAuditApi {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final WebTestStack stack;

    ReportsAndAuditApi(WebTestStack stack) {
        this.stack = stack;
    }

    /** {@code GET path} as this user (anonymous when {@code null}); the answer's status and JSON. */
    Answer get(String path, String username) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.apiUrl() + path));
        if (username != null) {
            request.header("Authorization", "Bearer " + stack.keycloak().accessToken(username, "demo"));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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

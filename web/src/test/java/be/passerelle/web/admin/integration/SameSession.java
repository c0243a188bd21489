package be.passerelle.web.admin.integration;

import be.passerelle.web.scenario.Browser;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * Requests made with the browser's own session (its cookies) but not through its pages: what the browser
 * received as headers, and the form posts an attacker who holds a valid session and CSRF token would forge.
 */
final class SameSession {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final Browser browser;
    private final String webUrl;

    SameSession(Browser browser, String webUrl) {
        this.browser = browser;
        this.webUrl = webUrl;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(webUrl + path)).GET());
    }

    /** A form post to this path with the page's CSRF token and nothing else. */
    HttpResponse<String> forgePost(String path) {
        String csrf = browser.find("input[name=_csrf]").getDomProperty("value");
        return send(HttpRequest.newBuilder(URI.create(webUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8))));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        String cookies = browser.driver().manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
        try {
            return HTTP.send(
                    request.header("Cookie", cookies)
                            .header("Accept-Language", "en")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

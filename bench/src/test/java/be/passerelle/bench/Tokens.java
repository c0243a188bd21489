package be.passerelle.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Real access tokens of the dev realm's demo users, fetched again before they expire. */
final class Tokens {
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Duration REFRESH_AFTER = Duration.ofMinutes(3);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private record Token(String value, Instant fetched) {}

    private final String tokenUrl;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    Tokens(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    String of(String username) {
        return tokens.compute(
                        username,
                        (user, token) -> token == null
                                        || token.fetched().plus(REFRESH_AFTER).isBefore(Instant.now())
                                ? new Token(fetch(user), Instant.now())
                                : token)
                .value();
    }

    private String fetch(String username) {
        String form = "grant_type=password&client_id=passerelle-web&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=demo";
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(tokenUrl))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher matcher = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !matcher.find()) {
                throw new IllegalStateException("no token for " + username + ": HTTP " + response.statusCode());
            }
            return matcher.group(1);
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak unreachable at " + tokenUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

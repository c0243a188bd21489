package be.passerelle.infra.keycloak;

import be.passerelle.core.shared.Conflict;
import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.Unavailable;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small client of Keycloak's admin REST API, authenticated with the client-credentials grant
 * (token cached until shortly before it expires). Unreachable or failing Keycloak → {@link
 * Unavailable}; 409 → {@link Conflict}; any other refusal is a bug and surfaces as such.
 */
final class KeycloakAdminApi {
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final KeycloakAdminSettings settings;
    private final HttpClient http;
    private final Clock clock;
    private String token;
    private Instant tokenExpiry = Instant.MIN;

    KeycloakAdminApi(KeycloakAdminSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A response: status, body and, for creations, the new resource's id. */
    record Reply(int status, String body, Optional<String> createdId) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    Reply get(String path) {
        return send("GET", path, null, 200);
    }

    Reply post(String path, Object body, int... expected) {
        return send("POST", path, body, expected);
    }

    Reply put(String path, Object body, int... expected) {
        return send("PUT", path, body, expected);
    }

    Reply delete(String path, int... expected) {
        return send("DELETE", path, null, expected);
    }

    Reply deleteWithBody(String path, Object body, int... expected) {
        return send("DELETE", path, body, expected);
    }

    /** A GET whose 404 is an answer, not an error. */
    Reply send404Aware(String path) {
        return send("GET", path, null, 200, 404);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Reply send(String method, String path, Object body, int... expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(settings.baseUrl() + "/admin/realms/" + settings.realm() + path))
                .timeout(settings.timeout())
                .header("Authorization", "Bearer " + token());
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = exchange(request.build());
        int status = response.statusCode();
        for (int ok : expected) {
            if (status == ok) {
                Optional<String> id = response.headers()
                        .firstValue("Location")
                        .map(location -> location.substring(location.lastIndexOf('/') + 1));
                return new Reply(status, response.body(), id);
            }
        }
        if (status == 409) {
            throw new Conflict("the identity provider already has this resource");
        }
        if (status >= 500 || status == 401 || status == 403) {
            throw new Unavailable("the identity provider refused the change (" + status + "), try again later");
        }
        if (status == 400) {
            // e.g. an e-mail address our validation let through but Keycloak's refuses
            throw new InvalidInput("the identity provider refused these values");
        }
        throw new IllegalStateException("Keycloak answered " + status + " to " + method + " " + path);
    }

    private synchronized String token() {
        if (token != null && clock.instant().isBefore(tokenExpiry)) {
            return token;
        }
        String form = "grant_type=client_credentials&client_id=" + encode(settings.clientId()) + "&client_secret="
                + encode(settings.clientSecret() == null ? "" : settings.clientSecret());
        HttpResponse<String> response = exchange(HttpRequest.newBuilder(URI.create(
                        settings.baseUrl() + "/realms/" + settings.realm() + "/protocol/openid-connect/token"))
                .timeout(settings.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        if (response.statusCode() != 200) {
            throw new Unavailable("the identity provider refused the API's admin credentials");
        }
        JsonNode tokens = JSON.readTree(response.body());
        token = tokens.path("access_token").asString();
        tokenExpiry = clock.instant()
                .plusSeconds(Math.max(5, tokens.path("expires_in").asLong(60) - 10));
        return token;
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new Unavailable("the identity provider is unreachable, try again later");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while calling the identity provider");
        }
    }
}

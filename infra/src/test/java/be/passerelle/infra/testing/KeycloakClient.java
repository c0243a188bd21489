package be.passerelle.infra.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Test helper: tokens from the realm, and users created through Keycloak's admin API. */
public final class KeycloakClient {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final String realm;
    private final HttpClient http = HttpClient.newHttpClient();

    KeycloakClient(String baseUrl, String realm) {
        this.baseUrl = baseUrl;
        this.realm = realm;
    }

    public String issuer() {
        return baseUrl + "/realms/" + realm;
    }

    /** An access token for a user, with the password grant of the public web client. */
    public String accessToken(String username, String password) {
        return tokens(
                        realm,
                        Map.of(
                                "grant_type", "password",
                                "client_id", "passerelle-web",
                                "username", username,
                                "password", password,
                                "scope", "openid"))
                .get("access_token")
                .asString();
    }

    /** The ID token of the same login (to prove it is not accepted as an access token). */
    public String idToken(String username, String password) {
        return tokens(
                        realm,
                        Map.of(
                                "grant_type", "password",
                                "client_id", "passerelle-web",
                                "username", username,
                                "password", password,
                                "scope", "openid"))
                .get("id_token")
                .asString();
    }

    /** A token of the master realm's admin (another issuer, another key). */
    public String masterAdminToken() {
        return tokens(
                        "master",
                        Map.of(
                                "grant_type", "password",
                                "client_id", "admin-cli",
                                "username", "admin",
                                "password", "admin"))
                .get("access_token")
                .asString();
    }

    /**
     * Creates an enabled user with a password and realm roles, optionally as a member of the
     * organizations (tenant slugs) given; returns the user's id.
     */
    public String createUser(String username, String password, List<String> realmRoles, List<String> organizations) {
        String admin = masterAdminToken();
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", username);
        user.put("enabled", true);
        user.put("email", username + "@users.passerelle.test");
        user.put("emailVerified", true);
        user.put("firstName", "Test");
        user.put("lastName", username);
        user.put("credentials", List.of(Map.of("type", "password", "value", password, "temporary", false)));
        HttpResponse<String> created = send(HttpRequest.newBuilder(adminUri("/users"))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(user)))
                .build());
        expect(created, 201);
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        if (!realmRoles.isEmpty()) {
            List<JsonNode> roles = realmRoles.stream()
                    .map(role -> JSON.readTree(expect(
                                    send(HttpRequest.newBuilder(adminUri("/roles/" + role))
                                            .header("Authorization", "Bearer " + admin)
                                            .build()),
                                    200)
                            .body()))
                    .toList();
            expect(
                    send(HttpRequest.newBuilder(adminUri("/users/" + id + "/role-mappings/realm"))
                            .header("Authorization", "Bearer " + admin)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(roles)))
                            .build()),
                    204);
        }
        for (String alias : organizations) {
            String organizationId = organizationId(admin, alias);
            expect(
                    send(HttpRequest.newBuilder(adminUri("/organizations/" + organizationId + "/members"))
                            .header("Authorization", "Bearer " + admin)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(id)))
                            .build()),
                    201);
        }
        return id;
    }

    private String organizationId(String admin, String alias) {
        JsonNode found = JSON.readTree(expect(
                        send(HttpRequest.newBuilder(adminUri("/organizations?first=0&max=1000"))
                                .header("Authorization", "Bearer " + admin)
                                .build()),
                        200)
                .body());
        for (JsonNode organization : found) {
            if (alias.equals(organization.path("alias").asString())) {
                return organization.path("id").asString();
            }
        }
        throw new IllegalStateException("no organization " + alias);
    }

    private JsonNode tokens(String realmName, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/realms/" + realmName + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build());
        return JSON.readTree(expect(response, 200).body());
    }

    private URI adminUri(String path) {
        return URI.create(baseUrl + "/admin/realms/" + realm + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("Keycloak answered " + response.statusCode() + " to "
                    + response.request().uri() + ": " + response.body());
        }
        return response;
    }
}

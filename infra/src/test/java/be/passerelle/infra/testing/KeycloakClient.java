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
        return passwordGrant(username, password).get("access_token").asString();
    }

    /** The ID token of the same login (to prove it is not accepted as an access token). */
    public String idToken(String username, String password) {
        return passwordGrant(username, password).get("id_token").asString();
    }

    private JsonNode passwordGrant(String username, String password) {
        return tokens(
                realm,
                Map.of(
                        "grant_type", "password",
                        "client_id", "passerelle-web",
                        "username", username,
                        "password", password,
                        "scope", "openid"));
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

    /** Points the realm's mails at a local SMTP port. */
    void sendMailTo(int smtpPort) {
        Map<String, Object> smtp =
                Map.of("host", "localhost", "port", Integer.toString(smtpPort), "from", "noreply@passerelle.test");
        expect(
                send(HttpRequest.newBuilder(URI.create(baseUrl + "/admin/realms/" + realm))
                        .header("Authorization", "Bearer " + masterAdminToken())
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("smtpServer", smtp))))
                        .build()),
                204);
    }

    /** The id of the user with this user name. */
    public String userId(String username) {
        JsonNode users = JSON.readTree(expect(
                        send(HttpRequest.newBuilder(adminUri("/users?exact=true&username="
                                        + URLEncoder.encode(username, StandardCharsets.UTF_8)))
                                .header("Authorization", "Bearer " + masterAdminToken())
                                .build()),
                        200)
                .body());
        return users.get(0).path("id").asString();
    }

    /**
     * Sets the user's {@code locale} attribute (the language the user chose in Keycloak; the realm's
     * internationalisation manages it), keeping its other attributes; {@code null} removes it.
     */
    public void setLocale(String username, String locale) {
        String admin = masterAdminToken();
        String id = userId(username);
        JsonNode user = JSON.readTree(expect(
                        send(HttpRequest.newBuilder(adminUri("/users/" + id))
                                .header("Authorization", "Bearer " + admin)
                                .build()),
                        200)
                .body());
        Map<String, Object> attributes = new java.util.LinkedHashMap<>();
        user.path("attributes").properties().forEach(e -> attributes.put(e.getKey(), e.getValue()));
        if (locale == null) {
            attributes.remove("locale");
        } else {
            attributes.put("locale", List.of(locale));
        }
        Map<String, Object> representation = new java.util.LinkedHashMap<>();
        representation.put("username", user.path("username").asString());
        representation.put("email", user.path("email").asString());
        for (String name : List.of("firstName", "lastName")) {
            if (user.hasNonNull(name)) {
                representation.put(name, user.path(name).asString());
            }
        }
        representation.put("attributes", attributes);
        expect(
                send(HttpRequest.newBuilder(adminUri("/users/" + id))
                        .header("Authorization", "Bearer " + admin)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(representation)))
                        .build()),
                204);
    }

    /**
     * Completes an invited user's account as its first login would: a password, a name, no
     * pending required actions.
     */
    public void completeAccount(String userId, String password) {
        String admin = masterAdminToken();
        expect(
                send(HttpRequest.newBuilder(adminUri("/users/" + userId + "/reset-password"))
                        .header("Authorization", "Bearer " + admin)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                                Map.of("type", "password", "value", password, "temporary", false))))
                        .build()),
                204);
        expect(
                send(HttpRequest.newBuilder(adminUri("/users/" + userId))
                        .header("Authorization", "Bearer " + admin)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                                Map.of("firstName", "Invited", "lastName", "Person", "requiredActions", List.of()))))
                        .build()),
                204);
    }

    /** A service account's token (client-credentials grant); fails when the client cannot get one. */
    public String clientToken(String clientId, String clientSecret) {
        return tokens(
                        realm,
                        Map.of(
                                "grant_type", "client_credentials",
                                "client_id", clientId,
                                "client_secret", clientSecret))
                .get("access_token")
                .asString();
    }

    /** The HTTP status of a client-credentials grant (200 when the secret is accepted). */
    public int clientTokenStatus(String clientId, String clientSecret) {
        String body = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build())
                .statusCode();
    }

    /** The {@code scope} claim of an access token (read, not verified). */
    public static String scopeClaim(String accessToken) {
        String payload = accessToken.split("\\.")[1];
        return JSON.readTree(java.util.Base64.getUrlDecoder().decode(payload))
                .path("scope")
                .asString("");
    }

    /**
     * Takes a default client scope away from a client, as a client created before the integration
     * scopes were OAuth scopes lacks it.
     */
    public void removeDefaultClientScope(String clientId, String scopeName) {
        String admin = masterAdminToken();
        String id = JSON.readTree(expect(
                                send(HttpRequest.newBuilder(adminUri("/clients?clientId="
                                                + URLEncoder.encode(clientId, StandardCharsets.UTF_8)))
                                        .header("Authorization", "Bearer " + admin)
                                        .build()),
                                200)
                        .body())
                .get(0)
                .path("id")
                .asString();
        for (JsonNode scope : JSON.readTree(expect(
                        send(HttpRequest.newBuilder(adminUri("/clients/" + id + "/default-client-scopes"))
                                .header("Authorization", "Bearer " + admin)
                                .build()),
                        200)
                .body())) {
            if (scopeName.equals(scope.path("name").asString())) {
                expect(
                        send(HttpRequest.newBuilder(adminUri("/clients/" + id + "/default-client-scopes/"
                                        + scope.path("id").asString()))
                                .header("Authorization", "Bearer " + admin)
                                .DELETE()
                                .build()),
                        204);
                return;
            }
        }
        throw new IllegalStateException(clientId + " has no default client scope " + scopeName);
    }

    /** The HTTP status of a password-grant attempt (200 when the user may still sign in). */
    public int passwordGrantStatus(String username, String password) {
        String body = "grant_type=password&client_id=passerelle-web&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build())
                .statusCode();
    }

    /** The aliases of the realm's organizations. */
    public List<String> organizationAliases() {
        List<String> aliases = new java.util.ArrayList<>();
        JSON.readTree(expect(
                                send(HttpRequest.newBuilder(adminUri("/organizations?first=0&max=1000"))
                                        .header("Authorization", "Bearer " + masterAdminToken())
                                        .build()),
                                200)
                        .body())
                .forEach(o -> aliases.add(o.path("alias").asString()));
        return aliases;
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

    /** The response, if Keycloak answered with {@code status}; else a failure naming what it said. */
    public static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("Keycloak answered " + response.statusCode() + " to "
                    + response.request().uri() + ": " + response.body());
        }
        return response;
    }
}

package be.passerelle.api.abuse;

import be.passerelle.infra.keycloak.LocalKeycloak;
import be.passerelle.infra.testing.KeycloakClient;
import be.passerelle.infra.testing.KeycloakTestServer;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test helper on the shared Keycloak's admin API for the abuse tests: a signing key of the test's
 * own that the realm publishes, a second realm (another issuer), and the realm's published keys.
 */
final class RealmAdmin {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String baseUrl = KeycloakTestServer.shared().baseUrl();

    /** The published key set of a realm. */
    JWKSet publishedKeys(String realm) {
        try {
            return JWKSet.parse(KeycloakClient.expect(
                            send(HttpRequest.newBuilder(
                                            URI.create(baseUrl + "/realms/" + realm + "/protocol/openid-connect/certs"))
                                    .build()),
                            200)
                    .body());
        } catch (java.text.ParseException e) {
            throw new IllegalStateException("the realm's key set is not a JWK set", e);
        }
    }

    /**
     * Imports an RSA key pair of the test's own into the realm as an active key provider with the
     * lowest priority (Keycloak keeps signing with its own key, and publishes this one beside it).
     * Returns the private key with the key id the realm publishes it under.
     */
    RSAKey importSigningKey(String realm, String name) {
        RSAKey generated;
        try {
            generated = new RSAKeyGenerator(2048).generate();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
        String pem;
        try {
            pem = "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder()
                            .encodeToString(generated.toPrivateKey().getEncoded())
                    + "\n-----END PRIVATE KEY-----";
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Object> component = Map.of(
                "name",
                name,
                "providerId",
                "rsa",
                "providerType",
                "org.keycloak.keys.KeyProvider",
                "parentId",
                realmId(realm),
                "config",
                Map.of(
                        "priority", List.of("-100"),
                        "enabled", List.of("true"),
                        "active", List.of("true"),
                        "algorithm", List.of("RS256"),
                        "privateKey", List.of(pem)));
        KeycloakClient.expect(
                send(admin(realm, "/components")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(component)))
                        .build()),
                201);
        for (JWK published : publishedKeys(realm).getKeys()) {
            if (published instanceof RSAKey rsa && rsa.getModulus().equals(generated.getModulus())) {
                return new RSAKey.Builder(generated).keyID(rsa.getKeyID()).build();
            }
        }
        throw new IllegalStateException("the realm does not publish the imported key");
    }

    /**
     * Creates a realm shaped like the real one where it matters (the public client with the
     * {@code passerelle-api} audience, a user with a tenant role) and returns an access token of that
     * realm's user: a real token, signed by that realm's own key, for another issuer.
     */
    String accessTokenOfAnotherRealm(String realm) {
        Map<String, Object> representation = Map.of(
                "realm",
                realm,
                "enabled",
                true,
                "roles",
                Map.of("realm", List.of(Map.of("name", "caseworker"))),
                "clients",
                List.of(Map.of(
                        "clientId",
                        "passerelle-web",
                        "publicClient",
                        true,
                        "directAccessGrantsEnabled",
                        true,
                        "protocolMappers",
                        List.of(Map.of(
                                "name",
                                "passerelle-api audience",
                                "protocol",
                                "openid-connect",
                                "protocolMapper",
                                "oidc-audience-mapper",
                                "config",
                                Map.of(
                                        "included.custom.audience", "passerelle-api",
                                        "access.token.claim", "true",
                                        "id.token.claim", "false"))))),
                "users",
                List.of(Map.of(
                        "username",
                        "intruder",
                        "enabled",
                        true,
                        "email",
                        "intruder@other.passerelle.test",
                        "emailVerified",
                        true,
                        "firstName",
                        "In",
                        "lastName",
                        "Truder",
                        "realmRoles",
                        List.of("caseworker"),
                        "credentials",
                        List.of(Map.of("type", "password", "value", "intruder-pw", "temporary", false)))));
        KeycloakClient.expect(
                send(HttpRequest.newBuilder(URI.create(baseUrl + "/admin/realms"))
                        .header("Authorization", "Bearer " + masterToken())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(representation)))
                        .build()),
                201);
        String form =
                "grant_type=password&client_id=passerelle-web&username=intruder&password=intruder-pw" + "&scope=openid";
        return JSON.readTree(KeycloakClient.expect(
                                send(HttpRequest.newBuilder(URI.create(
                                                baseUrl + "/realms/" + realm + "/protocol/openid-connect/token"))
                                        .header("Content-Type", "application/x-www-form-urlencoded")
                                        .POST(HttpRequest.BodyPublishers.ofString(form))
                                        .build()),
                                200)
                        .body())
                .path("access_token")
                .asString();
    }

    void deleteRealm(String realm) {
        send(HttpRequest.newBuilder(URI.create(baseUrl + "/admin/realms/" + realm))
                .header("Authorization", "Bearer " + masterToken())
                .DELETE()
                .build());
    }

    void deleteComponent(String realm, String name) {
        JsonNode components = JSON.readTree(KeycloakClient.expect(
                        send(admin(realm, "/components?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8))
                                .build()),
                        200)
                .body());
        for (JsonNode component : components) {
            send(admin(realm, "/components/" + component.path("id").asString())
                    .DELETE()
                    .build());
        }
    }

    static String mainRealm() {
        return LocalKeycloak.REALM;
    }

    private String realmId(String realm) {
        return JSON.readTree(KeycloakClient.expect(send(admin(realm, "").build()), 200)
                        .body())
                .path("id")
                .asString();
    }

    private HttpRequest.Builder admin(String realm, String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + "/admin/realms/" + realm + path))
                .header("Authorization", "Bearer " + masterToken());
    }

    private static String masterToken() {
        return KeycloakTestServer.client().masterAdminToken();
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

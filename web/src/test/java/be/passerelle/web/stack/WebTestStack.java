package be.passerelle.web.stack;

import be.passerelle.api.PasserelleApplication;
import be.passerelle.infra.crypto.DevelopmentKeysets;
import be.passerelle.infra.database.DatabaseRoles;
import be.passerelle.infra.database.EmbeddedDatabaseServer;
import be.passerelle.infra.keycloak.LocalKeycloak;
import be.passerelle.infra.testing.KeycloakClient;
import be.passerelle.infra.testing.KeycloakTestServer;
import be.passerelle.infra.testing.PersonalDataMarkers;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The real stack the web client's integration tests drive, started once per test JVM: an embedded
 * PostgreSQL (the API's roles, and the web client's role and schema created by its own bootstrap), the
 * real Keycloak with the dev realm (its {@code passerelle-web-bff} client pointed at the web client's test
 * port) and the API in-process on a random port. The web client itself is the test's application context.
 */
public final class WebTestStack {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String DATABASE = "passerelle_web_it";
    private static final String PASSWORD = "test-only";
    public static final String WEB_CLIENT_SECRET = "dev-only-passerelle-web-secret";
    /** The development session keyset of passerelle-web-dev.yml. */
    public static final String SESSION_KEYSET =
            "{\"primaryKeyId\":876147248,\"key\":[{\"keyData\":{\"typeUrl\":\"type.googleapis.com/google.crypto.tink.AesGcmKey\","
                    + "\"value\":\"GiAKt2aQQgQ7QRO57bY6aAYSknuqMhuOUzsMgg8aYr3EsA==\",\"keyMaterialType\":\"SYMMETRIC\"},"
                    + "\"status\":\"ENABLED\",\"keyId\":876147248,\"outputPrefixType\":\"TINK\"}]}";

    /** The proxies both the API and the web client trust in the tests: the loopback (the web node, the tests). */
    private static final String LOOPBACK = "127\\.0\\.0\\.1|0:0:0:0:0:0:0:1";

    private static WebTestStack started;

    private final EmbeddedDatabaseServer database;
    private final LocalKeycloak keycloak;
    private final int webPort;
    private final int apiPort;

    private WebTestStack(EmbeddedDatabaseServer database, LocalKeycloak keycloak, int webPort, int apiPort) {
        this.database = database;
        this.keycloak = keycloak;
        this.webPort = webPort;
        this.apiPort = apiPort;
    }

    public static synchronized WebTestStack started() {
        if (started == null) {
            EmbeddedDatabaseServer database = EmbeddedDatabaseServer.start(Optional.empty(), 0, true);
            database.ensureRoles(new DatabaseRoles.Plan(
                    DATABASE,
                    new DatabaseRoles.Login("passerelle_owner", PASSWORD),
                    new DatabaseRoles.Login("passerelle_app", PASSWORD),
                    new DatabaseRoles.Login("passerelle_system", PASSWORD)));
            LocalKeycloak keycloak = KeycloakTestServer.shared();
            int webPort = freePort();
            pointWebClientAt(keycloak, "http://localhost:" + webPort);
            ConfigurableApplicationContext api = startApi(database, keycloak, "http://localhost:" + webPort);
            Runtime.getRuntime().addShutdownHook(new Thread(api::close));
            int apiPort = api.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            started = new WebTestStack(database, keycloak, webPort, apiPort);
        }
        return started;
    }

    /** The web client's settings for this stack ({@code @DynamicPropertySource}). */
    public Map<String, String> webProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("server.port", Integer.toString(webPort));
        properties.put("passerelle.web.api-url", apiUrl());
        properties.put("passerelle.web.public-url", webUrl());
        properties.put("passerelle.web.db.url", database.jdbcUrl(DATABASE));
        properties.put("passerelle.web.db.user", "passerelle_web");
        properties.put("passerelle.web.db.password", PASSWORD);
        properties.put("passerelle.web.db.bootstrap.user", "postgres");
        properties.put("passerelle.web.db.bootstrap.password", "");
        properties.put("passerelle.web.session.keyset", SESSION_KEYSET);
        properties.put("spring.security.oauth2.client.provider.keycloak.issuer-uri", keycloak.issuer());
        properties.put("spring.security.oauth2.client.registration.keycloak.client-secret", WEB_CLIENT_SECRET);
        // the citizen's address goes to the API (which trusts the loopback as a proxy, startApi), and the tests
        // play citizens at other addresses through X-Forwarded-For (this web client trusts the loopback too)
        properties.put("passerelle.web.forward-client-address", "true");
        properties.put("server.tomcat.remoteip.internal-proxies", LOOPBACK);
        return properties;
    }

    public String webUrl() {
        return "http://localhost:" + webPort;
    }

    public String apiUrl() {
        return "http://localhost:" + apiPort;
    }

    public KeycloakClient keycloak() {
        return KeycloakTestServer.client();
    }

    /** A superuser connection to the test database (to look at the session tables as an attacker would). */
    public Connection superuser() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(DATABASE), "postgres", "");
    }

    /**
     * Creates a referral from {@code senderAgent}'s institution to {@code receiverSlug}; returns its JSON.
     * The citizen's fields are {@linkplain PersonalDataMarkers marked} ({@code citizenTag} too), so a log
     * line that shows one fails the run.
     */
    public JsonNode refer(String senderAgent, String receiverSlug, String subject, String citizenTag) {
        ObjectNode body = JSON.createObjectNode();
        body.put("receiver", receiverSlug);
        body.put("subject", subject);
        body.put("summary", citizenTag + ": la citoyenne conteste une facture de régularisation.");
        body.put("sector", "energy");
        body.put("language", "fr");
        ObjectNode citizen = body.putObject("citizen");
        citizen.put("firstName", citizenTag + "-Jeanne");
        citizen.put("lastName", citizenTag + "-Dupont");
        citizen.put("email", PersonalDataMarkers.markedEmail("jeanne"));
        citizen.put("phone", PersonalDataMarkers.markedPhone());
        citizen.put("postalCode", "5000");
        citizen.put("preferredLanguage", "fr");
        ObjectNode consent = body.putObject("consent");
        consent.put("given", true);
        consent.put("obtainedAt", "2026-11-20T10:15:30Z");
        consent.put("channel", "phone");
        consent.put("textVersion", "2026-01");
        body.put("priorContactMade", true);
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(apiUrl() + "/api/v1/referrals"))
                .header("Authorization", "Bearer " + keycloak().accessToken(senderAgent, "demo"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("referral not created: " + created.statusCode() + " " + created.body());
        }
        return JSON.readTree(created.body());
    }

    /** What an administrator's "Sign out" of a user does in Keycloak (which then sends back-channel logouts). */
    public void endKeycloakSessionsOf(String username) {
        KeycloakClient client = keycloak();
        String userId = client.userId(username);
        KeycloakClient.expect(
                send(HttpRequest.newBuilder(URI.create(keycloak.baseUrl() + "/admin/realms/" + LocalKeycloak.REALM
                                + "/users/" + userId + "/logout"))
                        .header("Authorization", "Bearer " + client.masterAdminToken())
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build()),
                204);
    }

    private static ConfigurableApplicationContext startApi(
            EmbeddedDatabaseServer database, LocalKeycloak keycloak, String webUrl) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--passerelle.db.embedded.enabled=false",
                "--passerelle.db.url=" + database.jdbcUrl(DATABASE),
                "--passerelle.db.owner.user=passerelle_owner",
                "--passerelle.db.owner.password=" + PASSWORD,
                "--passerelle.db.app.user=passerelle_app",
                "--passerelle.db.app.password=" + PASSWORD,
                "--passerelle.db.system.user=passerelle_system",
                "--passerelle.db.system.password=" + PASSWORD,
                "--passerelle.security.issuer=" + keycloak.issuer(),
                "--passerelle.mail.host=127.0.0.1",
                "--passerelle.mail.port=" + KeycloakTestServer.mail().port(),
                "--passerelle.mail.starttls=false",
                // the links in the staff's mails lead to this stack's web client
                "--passerelle.web.public-base-url=" + webUrl,
                "--passerelle.seed.import-on-start=true",
                "--passerelle.seed.accepting-referrals=federal-ombudsman,mediateur-wallonie-fwb,vlaamse-ombudsdienst,energy-ombudsman",
                "--passerelle.keycloak.admin.client-secret=dev-only-passerelle-admin-secret",
                "--passerelle.keycloak.admin.second-factor=false",
                "--passerelle.keycloak.admin.timeout=30s",
                "--passerelle.tenants.reconciler.enabled=false",
                "--server.tomcat.remoteip.internal-proxies=" + LOOPBACK,
                // the admin's webhook pages deliver to receivers the tests run on this machine (plain http on
                // the loopback), with the API's own dispatcher (AdminWebhooksScenarioIT)
                "--passerelle.webhooks.allow-http=true",
                "--passerelle.webhooks.allow-private-addresses=true",
                "--passerelle.encryption.keyset=" + DevelopmentKeysets.FIELDS,
                "--passerelle.encryption.stream-keyset=" + DevelopmentKeysets.STREAMS,
                "--passerelle.encryption.hmac.key=cOFRqHtIsDq8+bbII1RKRV2uUyRK5ww+PoJv8P0dELI="));
        return new SpringApplicationBuilder(PasserelleApplication.class).run(args.toArray(String[]::new));
    }

    /** The dev realm's client knows the local stack's port (8081); the test's web client has another. */
    private static void pointWebClientAt(LocalKeycloak keycloak, String webUrl) {
        String admin = KeycloakTestServer.client().masterAdminToken();
        String clients = keycloak.baseUrl() + "/admin/realms/" + LocalKeycloak.REALM + "/clients";
        JsonNode found = JSON.readTree(send(HttpRequest.newBuilder(URI.create(clients + "?clientId=passerelle-web-bff"))
                        .header("Authorization", "Bearer " + admin)
                        .build())
                .body());
        ObjectNode client = (ObjectNode) found.get(0);
        client.putArray("redirectUris").add(webUrl + "/login/oauth2/code/keycloak");
        ObjectNode attributes = (ObjectNode) client.get("attributes");
        attributes.put("post.logout.redirect.uris", webUrl + "/*");
        attributes.put("backchannel.logout.url", webUrl + "/logout/connect/back-channel/keycloak");
        // access tokens of 30 s: within Spring Security's 60 s clock skew, so every API call of the web
        // client refreshes the user's token (WebClientIT checks the refresh)
        attributes.put("access.token.lifespan", "30");
        HttpResponse<String> updated = send(HttpRequest.newBuilder(
                        URI.create(clients + "/" + client.get("id").asString()))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(client.toString()))
                .build());
        KeycloakClient.expect(updated, 204);
    }

    /** The API called as this demo user (password {@code demo}), or anonymously when {@code username} is null. */
    public HttpResponse<String> callApi(String method, String path, String username, String json) {
        return callApiWithToken(
                method, path, username == null ? null : keycloak().accessToken(username, "demo"), json);
    }

    /** The API called with this access token (none when null): a path of the API or an absolute URL, JSON or null. */
    public HttpResponse<String> callApiWithToken(String method, String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(path.startsWith("http") ? path : apiUrl() + path))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.build());
    }

    public static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }
}

package be.passerelle.api;

import be.passerelle.api.notification.SmtpRelay;
import be.passerelle.infra.crypto.DevelopmentKeysets;
import be.passerelle.infra.testing.KeycloakClient;
import be.passerelle.infra.testing.KeycloakTestServer;
import be.passerelle.infra.testing.TestDatabases;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the API's integration tests: the real application on a random port, on the shared test
 * PostgreSQL, accepting tokens of the shared real Keycloak (started once per test run), with the
 * network seed data loaded. All subclasses share one application context.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "passerelle.db.embedded.enabled=false",
            "passerelle.seed.import-on-start=true",
            "passerelle.seed.accepting-referrals=federal-ombudsman,mediateur-wallonie-fwb,vlaamse-ombudsdienst,energy-ombudsman",
            "passerelle.openapi.issuer=http://localhost:8180/realms/passerelle",
            // the committed document's servers, whatever the environment says
            "passerelle.public-base-url=http://localhost:8080",
            "passerelle.keycloak.admin.client-secret=dev-only-passerelle-admin-secret",
            "passerelle.keycloak.admin.second-factor=false",
            // the real Keycloak shares two cores with the build: its admin API may take more than 5 s
            "passerelle.keycloak.admin.timeout=30s",
            "passerelle.tenants.reconciler.enabled=false",
            // short, so that ApiClientLifecycleIT sees the previous secret stop
            "passerelle.api-clients.secret-grace-period=20s",
            "passerelle.webhooks.dispatcher-enabled=false",
            "passerelle.statistics.public-cache-ttl=0s",
            "passerelle.webhooks.allow-http=true",
            "passerelle.webhooks.allow-private-addresses=true",
            "passerelle.rate-limits.tenant=100000000",
            "passerelle.rate-limits.api-client=100000000",
            "passerelle.rate-limits.anonymous=100000000",
            "passerelle.rate-limits.citizen-status=100000000",
            "passerelle.encryption.keyset=" + DevelopmentKeysets.FIELDS,
            "passerelle.encryption.stream-keyset=" + DevelopmentKeysets.STREAMS,
            // the keyring before Tink, so that values of the old format are still opened
            "passerelle.encryption.keys=dev-1:kS3T1WO+eJSHSdSPNV2D6291FddYL+xEw76IgBHTCSM=",
            "passerelle.encryption.hmac.key=cOFRqHtIsDq8+bbII1RKRV2uUyRK5ww+PoJv8P0dELI="
        })
@Import(TenantPredicateCheck.class)
public abstract class ApiIntegrationTest {
    protected static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void realServices(DynamicPropertyRegistry registry) {
        TestDatabases.shared().properties().forEach((key, value) -> registry.add(key, () -> value));
        registry.add(
                "passerelle.security.issuer", () -> KeycloakTestServer.shared().issuer());
        // the staff's mails go to the same real SMTP sink as Keycloak's (GreenMail), through a relay that
        // SmtpOutageIT cuts
        registry.add("passerelle.mail.host", () -> "127.0.0.1");
        registry.add("passerelle.mail.port", () -> SmtpRelay.shared().port());
        registry.add("passerelle.mail.starttls", () -> "false");
    }

    protected static KeycloakClient keycloak() {
        return KeycloakTestServer.client();
    }

    /** A demo user's access token (password {@code demo}). */
    protected static String tokenOf(String username) {
        return keycloak().accessToken(username, "demo");
    }

    /** Posts {@code referral} with its sender's agent token. */
    protected Response submit(ReferralFixtures.ReferralBuilder referral) {
        return send(
                "POST",
                "/api/v1/referrals",
                tokenOf(referral.sender().agent()),
                "application/json",
                referral.toString());
    }

    /** Creates {@code referral} (201 expected) and returns its id. */
    protected String refer(ReferralFixtures.ReferralBuilder referral) {
        Response created = submit(referral);
        if (created.status() != 201) {
            throw new AssertionError("expected 201, got " + created.status() + ": " + created.body());
        }
        return created.json().path("id").asString();
    }

    protected Response get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    protected Response send(String method, String path, String token, String contentType, String body) {
        HttpRequest.Builder builder = request(path, token);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    protected HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    /** Sends {@code request}; an answer that departs from the committed OpenAPI document fails the test. */
    protected Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = OpenApiConformance.committed()
                    .check(request, HTTP.send(request, HttpResponse.BodyHandlers.ofString()));
            return new Response(
                    response.statusCode(),
                    response.headers().map(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An HTTP response as the tests look at it. */
    protected record Response(
            int status, Map<String, java.util.List<String>> headers, String contentType, String body) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }
    }
}

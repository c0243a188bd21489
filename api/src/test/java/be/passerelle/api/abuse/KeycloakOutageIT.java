package be.passerelle.api.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.api.ApiIntegrationTest;
import be.passerelle.api.TcpForwarder;
import be.passerelle.infra.testing.KeycloakTestServer;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * SPEC §7, Keycloak down. The API of this class reaches the real Keycloak only through a
 * test-controlled forwarder (key set and admin API), which is cut when the application starts: the
 * API starts and serves anonymous reads without Keycloak, accepts tokens once Keycloak is back,
 * keeps accepting them with the last key set it fetched while Keycloak is away again, and answers
 * provisioning calls with a quick 503 that leaves nothing behind. The tests obtain their tokens
 * from the real Keycloak directly, as clients would.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestPropertySource(
        properties = {
            // every request after 100 ms asks Keycloak for the key set again: a failed refresh shows at once
            "passerelle.security.jwk-set-cache-ttl=100ms",
            "passerelle.keycloak.admin.timeout=2s"
        })
class KeycloakOutageIT extends ApiIntegrationTest {
    private static final URI KEYCLOAK = URI.create(KeycloakTestServer.shared().baseUrl());
    private static final TcpForwarder FORWARDER = TcpForwarder.to(KEYCLOAK.getHost(), KEYCLOAK.getPort(), false);
    private static final Duration QUICK = Duration.ofSeconds(5);

    @DynamicPropertySource
    static void keycloakBehindTheForwarder(DynamicPropertyRegistry registry) {
        String forwarded = "http://" + KEYCLOAK.getHost() + ":" + FORWARDER.port();
        registry.add(
                "passerelle.security.jwk-set-uri",
                () -> forwarded + "/realms/passerelle/protocol/openid-connect/certs");
        registry.add("passerelle.keycloak.admin.base-url", () -> forwarded);
    }

    @AfterAll
    static void closeTheForwarder() {
        FORWARDER.close();
    }

    @Test
    @Order(1)
    void the_api_started_without_keycloak_serves_anonymous_reads_and_accepts_tokens_once_keycloak_is_back() {
        assertThat(get("/actuator/health/readiness", null).status()).isEqualTo(200);
        assertThat(get("/api/v1/directory/institutions/mediateur-wallonie-fwb", null)
                        .status())
                .isEqualTo(200);

        String token = tokenOf("wal-agent");
        int refusedBefore = FORWARDER.refused();
        Response unverifiable = timed(() -> get("/api/v1/me", token));
        assertThat(FORWARDER.refused())
                .as("the API asked Keycloak for its keys")
                .isGreaterThan(refusedBefore);
        assertThat(unverifiable.status()).as(unverifiable.body()).isEqualTo(503);
        assertThat(unverifiable.isProblem()).isTrue();
        assertThat(unverifiable.header("Retry-After")).isNotBlank();

        FORWARDER.restore();
        Response me = get("/api/v1/me", token);
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(me.json().path("tenant").path("slug").asString()).isEqualTo("mediateur-wallonie-fwb");
    }

    @Test
    @Order(2)
    void tokens_keep_working_with_the_last_key_set_while_keycloak_is_down() {
        FORWARDER.restore();
        String before = tokenOf("wal-agent");
        assertThat(get("/api/v1/me", before).status()).isEqualTo(200);
        String issuedJustBefore = tokenOf("nrj-agent");

        FORWARDER.cut();
        try {
            int refusedBefore = FORWARDER.refused();
            Instant deadline = Instant.now().plus(QUICK);
            // each call past the 100 ms cache period tries to refresh the key set, fails, and keeps the old one
            while (FORWARDER.refused() == refusedBefore && Instant.now().isBefore(deadline)) {
                assertThat(get("/api/v1/me", before).status()).isEqualTo(200);
            }
            assertThat(FORWARDER.refused()).as("refreshes refused while down").isGreaterThan(refusedBefore);
            assertThat(get("/api/v1/me", before).status()).isEqualTo(200);
            Response nrj = get("/api/v1/me", issuedJustBefore);
            assertThat(nrj.status()).isEqualTo(200);
            assertThat(nrj.json().path("tenant").path("slug").asString()).isEqualTo("energy-ombudsman");
            assertThat(get("/api/v1/referrals?box=sent&limit=1", before).status())
                    .isEqualTo(200);
        } finally {
            FORWARDER.restore();
        }
    }

    @Test
    @Order(3)
    void provisioning_answers_a_quick_503_and_leaves_nothing_behind_while_keycloak_is_down() {
        FORWARDER.restore();
        String networkAdmin = tokenOf("network-admin");
        String walAdmin = tokenOf("wal-admin");
        assertThat(get("/api/v1/me", walAdmin).status()).isEqualTo(200);
        String slug = "outage-" + UUID.randomUUID().toString().substring(0, 8);
        String email = "outage-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String clientName = "Outage tool " + UUID.randomUUID().toString().substring(0, 8);

        FORWARDER.cut();
        try {
            assertUnavailable(timed(() -> send(
                    "POST",
                    "/api/v1/tenants",
                    networkAdmin,
                    "application/json",
                    "{\"slug\":\"" + slug + "\",\"names\":{\"fr\":\"Médiateur " + slug
                            + "\"},\"kind\":\"LOCAL\",\"adminEmail\":\"" + email + "\"}")));
            assertUnavailable(timed(() -> send(
                    "POST",
                    "/api/v1/tenants/mediateur-wallonie-fwb/users",
                    walAdmin,
                    "application/json",
                    "{\"email\":\"" + email + "\",\"roles\":[\"caseworker\"]}")));
            assertUnavailable(timed(() -> send(
                    "POST",
                    "/api/v1/tenants/mediateur-wallonie-fwb/api-clients",
                    walAdmin,
                    "application/json",
                    "{\"name\":\"" + clientName + "\",\"scopes\":[\"referrals:read\"]}")));
        } finally {
            FORWARDER.restore();
        }

        assertThat(get("/api/v1/tenants/" + slug, networkAdmin).status()).isEqualTo(404);
        assertThat(keycloak().organizationAliases()).doesNotContain(slug);
        Response staff = get("/api/v1/tenants/mediateur-wallonie-fwb/users", walAdmin);
        assertThat(staff.status()).isEqualTo(200);
        assertThat(staff.body()).doesNotContain(email);
        Response clients = get("/api/v1/tenants/mediateur-wallonie-fwb/api-clients", walAdmin);
        assertThat(clients.status()).isEqualTo(200);
        assertThat(clients.body()).doesNotContain(clientName);
        Response audit = get("/api/v1/audit-events?limit=100", walAdmin);
        assertThat(audit.body()).doesNotContain(email).doesNotContain(clientName);
    }

    private static void assertUnavailable(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(503);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.header("Retry-After")).isNotBlank();
    }

    /** The call, which must answer within a few seconds (bounded timeouts, no waiting on Keycloak). */
    private static Response timed(Supplier<Response> call) {
        Instant start = Instant.now();
        Response response = call.get();
        assertThat(Duration.between(start, Instant.now()))
                .as("answered quickly")
                .isLessThan(QUICK);
        return response;
    }
}

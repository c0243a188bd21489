package be.passerelle.api.tenant;

import static be.passerelle.api.DemoTenant.NRJ;
import static be.passerelle.api.DemoTenant.WAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.passerelle.api.ApiIntegrationTest;
import be.passerelle.core.tenant.SyncApiClientScopes;
import be.passerelle.infra.testing.KeycloakClient;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * API clients as integrators meet them: the scopes are OAuth scopes carried by the token, old
 * clients are migrated, and a secret is rotated with a grace period (real Keycloak).
 */
class ApiClientLifecycleIT extends ApiIntegrationTest {
    private static final String CLIENTS = "/api/v1/tenants/" + WAL.slug() + "/api-clients";

    @Autowired
    private SyncApiClientScopes syncApiClientScopes;

    @Test
    void the_token_carries_the_granted_scopes_as_oauth_scopes() {
        Client client = create("[\"referrals:read\",\"messages:write\"]");
        String token = keycloak().clientToken(client.id, client.secret);
        assertThat(KeycloakClient.scopeClaim(token).split(" "))
                .contains("referrals:read", "messages:write")
                .doesNotContain("referrals:write", "attachments:read");
        assertThat(get("/api/v1/referrals?box=received", token).status()).isEqualTo(200);
    }

    @Test
    void a_token_without_the_scope_is_refused_even_when_the_tenants_record_grants_it() {
        Client client = create("[\"referrals:read\",\"referrals:write\"]");
        keycloak().removeDefaultClientScope(client.id, "referrals:write");
        String token = keycloak().clientToken(client.id, client.secret);
        assertThat(KeycloakClient.scopeClaim(token)).doesNotContain("referrals:write");

        Response refused = send("POST", "/api/v1/referrals", token, "application/json", "{}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.body()).contains("referrals:write");
        assertThat(get("/api/v1/referrals?box=received", token).status()).isEqualTo(200);
    }

    @Test
    void a_client_created_without_client_scopes_gets_them_from_the_migration() {
        Client client = create("[\"referrals:read\"]");
        // as a client created before the scopes were OAuth scopes: no client scope in Keycloak
        keycloak().removeDefaultClientScope(client.id, "referrals:read");
        String before = keycloak().clientToken(client.id, client.secret);
        assertThat(KeycloakClient.scopeClaim(before)).doesNotContain("referrals:read");
        assertThat(get("/api/v1/referrals?box=received", before).status()).isEqualTo(403);

        assertThat(syncApiClientScopes.run()).isPositive();

        String after = keycloak().clientToken(client.id, client.secret);
        assertThat(KeycloakClient.scopeClaim(after).split(" ")).contains("referrals:read");
        assertThat(get("/api/v1/referrals?box=received", after).status()).isEqualTo(200);
    }

    @Test
    void a_rotated_secret_keeps_working_for_the_grace_period_then_stops() {
        Client client = create("[\"referrals:read\"]");
        Instant before = Instant.now();
        Response rotated = send("POST", CLIENTS + "/" + client.id + "/secret", tokenOf(WAL.admin()), null, null);
        assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
        assertThat(rotated.header("Cache-Control")).contains("no-store");
        String newSecret = rotated.json().path("clientSecret").asString();
        assertThat(newSecret).isNotBlank().isNotEqualTo(client.secret);
        Instant oldStops =
                Instant.parse(rotated.json().path("previousSecretExpiresAt").asString());
        assertThat(oldStops).isBetween(before.plusSeconds(10), before.plusSeconds(40));

        assertThat(keycloak().clientTokenStatus(client.id, client.secret)).isEqualTo(200);
        assertThat(keycloak().clientTokenStatus(client.id, newSecret)).isEqualTo(200);

        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> keycloak().clientTokenStatus(client.id, client.secret) != 200);
        assertThat(Instant.now()).isAfterOrEqualTo(oldStops.minusSeconds(1));
        String token = keycloak().clientToken(client.id, newSecret);
        assertThat(get("/api/v1/me", token).status()).isEqualTo(200);
        assertThat(get("/api/v1/audit-events?limit=100", tokenOf(WAL.admin())).body())
                .contains("api-client.secret-rotated");
    }

    @Test
    void another_tenants_admin_gets_404_for_the_client_and_a_caseworker_403() {
        Client client = create("[\"referrals:read\"]");
        // another tenant's admin naming the client under its own tenant: no such client there
        Response foreign = send(
                "POST",
                "/api/v1/tenants/" + NRJ.slug() + "/api-clients/" + client.id + "/secret",
                tokenOf(NRJ.admin()),
                null,
                null);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.isProblem()).isTrue();
        // under the owner's slug: the administration of another tenant is refused by name
        assertThat(send("POST", CLIENTS + "/" + client.id + "/secret", tokenOf(NRJ.admin()), null, null)
                        .status())
                .isEqualTo(403);
        Response caseworker = send("POST", CLIENTS + "/" + client.id + "/secret", tokenOf(WAL.agent()), null, null);
        assertThat(caseworker.status()).isEqualTo(403);
        assertThat(caseworker.isProblem()).isTrue();
        Response unknown = send("POST", CLIENTS + "/no-such-client/secret", tokenOf(WAL.admin()), null, null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(keycloak().clientTokenStatus(client.id, client.secret)).isEqualTo(200);
    }

    private Client create(String scopes) {
        Response created = send(
                "POST",
                CLIENTS,
                tokenOf(WAL.admin()),
                "application/json",
                "{\"name\":\"Tool " + UUID.randomUUID().toString().substring(0, 8) + "\",\"scopes\":" + scopes + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new Client(
                created.json().path("clientId").asString(),
                created.json().path("clientSecret").asString());
    }

    private record Client(String id, String secret) {}
}

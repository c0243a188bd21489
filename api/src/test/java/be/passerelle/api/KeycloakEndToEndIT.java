package be.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** End to end with real Keycloak tokens (password grant of the dev realm's demo users). */
class KeycloakEndToEndIT extends ApiIntegrationTest {

    @Test
    void wal_agent_sees_its_tenant_on_me() {
        Response me = get("/api/v1/me", tokenOf("wal-agent"));
        assertThat(me.status()).isEqualTo(200);
        JsonNode body = me.json();
        assertThat(body.path("username").asString()).isEqualTo("wal-agent");
        assertThat(body.path("tenant").path("slug").asString()).isEqualTo("mediateur-wallonie-fwb");
        assertThat(body.path("tenant").path("names").path("fr").asString()).startsWith("Le Médiateur");
        assertThat(body.path("roles").toString()).contains("caseworker");
        assertThat(body.path("userId").asString()).isNotBlank();
    }

    @Test
    void network_admin_has_no_tenant() {
        Response me = get("/api/v1/me", tokenOf("network-admin"));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("tenant").isNull()).isTrue();
        assertThat(me.json().path("roles").toString()).contains("network-admin");
    }

    @Test
    void anonymous_call_gets_a_401_problem() {
        Response me = get("/api/v1/me", null);
        assertThat(me.status()).isEqualTo(401);
        assertThat(me.isProblem()).isTrue();
        assertThat(me.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(me.json().path("status").asInt()).isEqualTo(401);
    }

    @Test
    void a_tenant_admin_reads_only_its_own_tenants_audit_trail() {
        Set<String> walTenants = tenantsIn(get("/api/v1/audit-events?limit=100", tokenOf("wal-admin")));
        Set<String> nrjTenants = tenantsIn(get("/api/v1/audit-events?limit=100", tokenOf("nrj-admin")));
        assertThat(walTenants).hasSize(1);
        assertThat(nrjTenants).hasSize(1);
        assertThat(walTenants).doesNotContainAnyElementsOf(nrjTenants);
    }

    @Test
    void the_network_admin_reads_every_tenants_audit_trail() {
        // one tenant.imported entry per seeded tenant: later writes of other test classes cannot crowd them out
        Set<String> tenants =
                tenantsIn(get("/api/v1/audit-events?limit=100&action=tenant.imported", tokenOf("network-admin")));
        assertThat(tenants).hasSizeGreaterThanOrEqualTo(29);
    }

    @Test
    void a_caseworker_may_not_read_the_audit_trail() {
        Response response = get("/api/v1/audit-events", tokenOf("vla-agent"));
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.isProblem()).isTrue();
    }

    @Test
    void a_tampered_token_is_refused() {
        String token = tokenOf("wal-agent");
        String[] parts = token.split("\\.");
        ObjectNode claims = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        claims.putArray("organization").add("energy-ombudsman");
        String forged = parts[0] + "." + base64(JSON.writeValueAsString(claims)) + "." + parts[2];
        Response response = get("/api/v1/me", forged);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("energy-ombudsman\",\"kind");
    }

    @Test
    void an_unsigned_alg_none_token_is_refused() {
        String[] parts = tokenOf("wal-agent").split("\\.");
        String none = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
        assertThat(get("/api/v1/me", none).status()).isEqualTo(401);
    }

    @Test
    void a_token_of_another_realm_is_refused() {
        assertThat(get("/api/v1/me", keycloak().masterAdminToken()).status()).isEqualTo(401);
    }

    @Test
    void an_id_token_is_not_an_access_token() {
        assertThat(get("/api/v1/me", keycloak().idToken("wal-agent", "demo")).status())
                .isEqualTo(401);
    }

    @Test
    void a_caseworker_without_an_organization_gets_403() {
        String username = "orphan-" + UUID.randomUUID().toString().substring(0, 8);
        keycloak().createUser(username, "secret-pw", List.of("caseworker"), List.of());
        Response response = get("/api/v1/me", keycloak().accessToken(username, "secret-pw"));
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.isProblem()).isTrue();
    }

    @Test
    void a_person_in_two_organizations_gets_403() {
        String username = "twohats-" + UUID.randomUUID().toString().substring(0, 8);
        keycloak()
                .createUser(
                        username, "secret-pw", List.of("caseworker"), List.of("energy-ombudsman", "federal-ombudsman"));
        Response response = get("/api/v1/me", keycloak().accessToken(username, "secret-pw"));
        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void a_new_member_of_a_seeded_institution_sees_that_tenant() {
        String username = "member-" + UUID.randomUUID().toString().substring(0, 8);
        keycloak().createUser(username, "secret-pw", List.of("caseworker"), List.of("ombudsfin"));
        Response response = get("/api/v1/me", keycloak().accessToken(username, "secret-pw"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("tenant").path("slug").asString()).isEqualTo("ombudsfin");
    }

    private static Set<String> tenantsIn(Response response) {
        assertThat(response.status()).isEqualTo(200);
        Set<String> tenants = new HashSet<>();
        response.json()
                .path("items")
                .forEach(item -> tenants.add(item.path("tenantId").asString()));
        return tenants;
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}

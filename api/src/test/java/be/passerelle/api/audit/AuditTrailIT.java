package be.passerelle.api.audit;

import static be.passerelle.api.DemoTenant.NRJ;
import static be.passerelle.api.DemoTenant.WAL;
import static be.passerelle.api.ReferralFixtures.aReferral;
import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.api.ApiIntegrationTest;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET /audit-events}: filters, and who sees what. */
class AuditTrailIT extends ApiIntegrationTest {

    @Test
    void filters_by_action_target_actor_and_time_range() {
        Instant before = Instant.now();
        String referral = refer(aReferral().from(WAL).to(NRJ));
        String admin = tokenOf("wal-admin");

        JsonNode byTarget = get("/api/v1/audit-events?targetType=referral&targetId=" + referral, admin)
                .json()
                .path("items");
        assertThat(byTarget.size()).isEqualTo(1);
        JsonNode created = byTarget.get(0);
        assertThat(created.path("action").asString()).isEqualTo("referral.created");
        assertThat(created.path("target").path("id").asString()).isEqualTo(referral);

        String actor = created.path("actor").path("id").asString();
        JsonNode byActorAndAction = get("/api/v1/audit-events?limit=100&action=referral.created&actor=" + actor, admin)
                .json()
                .path("items");
        assertThat(byActorAndAction.size()).isPositive();
        byActorAndAction.forEach(e -> {
            assertThat(e.path("action").asString()).isEqualTo("referral.created");
            assertThat(e.path("actor").path("id").asString()).isEqualTo(actor);
        });

        assertThat(get("/api/v1/audit-events?targetType=referral&targetId=" + referral + "&to=" + before, admin)
                        .json()
                        .path("items")
                        .size())
                .isZero();
        assertThat(get("/api/v1/audit-events?targetType=referral&targetId=" + referral + "&from=" + before, admin)
                        .json()
                        .path("items")
                        .size())
                .isEqualTo(1);
    }

    @Test
    void a_tenant_sees_its_own_trail_and_the_network_admin_sees_every_tenants() {
        String referral = refer(aReferral().from(WAL).to(NRJ));
        String query = "/api/v1/audit-events?targetType=referral&targetId=" + referral;

        assertThat(get(query, tokenOf("nrj-admin")).json().path("items").size()).isZero();
        assertThat(get(query, tokenOf("network-admin")).json().path("items").size())
                .isEqualTo(1);
        Set<String> tenants = new HashSet<>();
        get("/api/v1/audit-events?limit=100", tokenOf("nrj-admin"))
                .json()
                .path("items")
                .forEach(e -> tenants.add(e.path("tenantId").asString()));
        assertThat(tenants).hasSizeLessThanOrEqualTo(1);
        assertThat(get(query, tokenOf("wal-agent")).status()).isEqualTo(403);
    }

    @Test
    void the_network_admin_names_one_tenant_and_a_tenant_admin_only_its_own() {
        String referral = refer(aReferral().from(WAL).to(NRJ));
        String query = "/api/v1/audit-events?targetType=referral&targetId=" + referral;
        String network = tokenOf("network-admin");

        assertThat(get(query + "&tenant=" + WAL.slug(), network)
                        .json()
                        .path("items")
                        .size())
                .isEqualTo(1);
        assertThat(get(query + "&tenant=" + NRJ.slug(), network)
                        .json()
                        .path("items")
                        .size())
                .isZero();
        Set<String> tenants = new HashSet<>();
        get("/api/v1/audit-events?limit=100&tenant=" + NRJ.slug(), network)
                .json()
                .path("items")
                .forEach(e -> tenants.add(e.path("tenantId").asString()));
        assertThat(tenants).hasSizeLessThanOrEqualTo(1);
        assertThat(get("/api/v1/audit-events?tenant=no-such-institution", network)
                        .status())
                .isEqualTo(404);

        String walAdmin = tokenOf("wal-admin");
        assertThat(get(query + "&tenant=" + WAL.slug(), walAdmin)
                        .json()
                        .path("items")
                        .size())
                .isEqualTo(1);
        Response another = get(query + "&tenant=" + NRJ.slug(), walAdmin);
        assertThat(another.status()).isEqualTo(404);
        assertThat(another.body()).doesNotContain(referral);
    }

    @Test
    void bad_filters_are_clear_problems() {
        String admin = tokenOf("wal-admin");

        Response reversed = get("/api/v1/audit-events?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", admin);
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.isProblem()).isTrue();
        Response notATime = get("/api/v1/audit-events?from=yesterday", admin);
        assertThat(notATime.status()).isEqualTo(400);
        assertThat(notATime.isProblem()).isTrue();
        assertThat(get("/api/v1/audit-events?targetId=x", admin).status()).isEqualTo(400);
    }
}

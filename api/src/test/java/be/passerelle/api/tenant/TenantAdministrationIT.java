package be.passerelle.api.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.api.ApiIntegrationTest;
import be.passerelle.infra.keycloak.LocalMailSink;
import be.passerelle.infra.testing.KeycloakTestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Tenant lifecycle, staff and API clients against the real Keycloak (SPEC §4.1). */
class TenantAdministrationIT extends ApiIntegrationTest {

    @Test
    void a_new_tenant_gets_its_organization_and_an_invited_admin_who_then_sees_it_on_me() {
        NewTenant tenant = createTenant();
        assertThat(keycloak().organizationAliases()).contains(tenant.slug);
        LocalMailSink mail = KeycloakTestServer.mail();
        assertThat(mail.received()).anySatisfy(m -> assertThat(m.recipients()).contains(tenant.adminEmail));

        Response me = get("/api/v1/me", tenant.adminToken);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("tenant").path("slug").asString()).isEqualTo(tenant.slug);
        assertThat(me.json().path("roles").toString()).contains("tenant-admin");

        Response entry = get("/api/v1/directory/institutions/" + tenant.slug, null);
        assertThat(entry.status()).isEqualTo(200);
        assertThat(entry.header("ETag")).isNotBlank();

        Response trail = get("/api/v1/audit-events", tenant.adminToken);
        assertThat(trail.json().path("items").toString())
                .contains("tenant.created")
                .contains("staff.invited");
    }

    @Test
    void the_network_admin_lists_the_whole_network_a_page_at_a_time() {
        String admin = tokenOf("network-admin");
        List<String> slugs = new ArrayList<>();
        String path = "/api/v1/tenants?limit=10";
        while (path != null) {
            Response page = get(path, admin);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.json().path("items").size()).isBetween(1, 10);
            page.json()
                    .path("items")
                    .forEach(tenant -> slugs.add(tenant.path("slug").asString()));
            JsonNode next = page.json().path("next");
            path = next.isNull()
                    ? null
                    : next.asString().substring(next.asString().indexOf("/api/v1"));
        }
        assertThat(slugs)
                .hasSizeGreaterThanOrEqualTo(29)
                .doesNotHaveDuplicates()
                .contains("ombuds-vivaqua");
        assertThat(slugs).isSorted();
    }

    @Test
    void tenant_paging_refuses_a_bad_limit_or_a_cursor_it_did_not_give() {
        String admin = tokenOf("network-admin");
        for (String query : List.of("limit=-1", "limit=0", "limit=101", "limit=ten", "cursor=garbage", "cursor=%25")) {
            Response refused = get("/api/v1/tenants?" + query, admin);
            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.isProblem()).as(query).isTrue();
        }
    }

    @Test
    void a_tenant_admin_cannot_create_or_list_tenants() {
        String wal = tokenOf("wal-admin");
        Response created =
                send("POST", "/api/v1/tenants", wal, "application/json", tenantBody("x-" + shortId(), "a@b.be"));
        assertThat(created.status()).isEqualTo(403);
        assertThat(get("/api/v1/tenants", wal).status()).isEqualTo(403);
        assertThat(get("/api/v1/tenants/energy-ombudsman", wal).status()).isEqualTo(403);
        assertThat(get("/api/v1/tenants/mediateur-wallonie-fwb", wal).status()).isEqualTo(200);
    }

    @Test
    void a_tenant_admin_cannot_see_or_manage_another_tenants_staff() {
        String wal = tokenOf("wal-admin");
        Response list = get("/api/v1/tenants/energy-ombudsman/users", wal);
        assertThat(list.status()).isEqualTo(403);
        assertThat(list.body()).doesNotContain("nrj-agent");
        Response invite =
                invite("/api/v1/tenants/energy-ombudsman/users", wal, shortId() + "@example.org", "caseworker");
        assertThat(invite.status()).isEqualTo(403);
        String nrjAgent = keycloak().userId("nrj-agent");
        assertThat(send("DELETE", "/api/v1/tenants/energy-ombudsman/users/" + nrjAgent, wal, null, null)
                        .status())
                .isEqualTo(403);
        assertThat(keycloak().passwordGrantStatus("nrj-agent", "demo")).isEqualTo(200);
    }

    @Test
    void an_unknown_tenant_is_404() {
        assertThat(get("/api/v1/tenants/no-such-tenant", tokenOf("network-admin"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void suspension_blocks_the_tenants_users_and_reactivation_restores_them() {
        NewTenant tenant = createTenant();
        String admin = tokenOf("network-admin");
        Response suspended = send("POST", "/api/v1/tenants/" + tenant.slug + "/suspend", admin, null, null);
        assertThat(suspended.json().path("status").asString()).isEqualTo("SUSPENDED");
        Response refused = get("/api/v1/me", tenant.adminToken);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.isProblem()).isTrue();
        Response reactivated = send("POST", "/api/v1/tenants/" + tenant.slug + "/reactivate", admin, null, null);
        assertThat(reactivated.json().path("status").asString()).isEqualTo("ACTIVE");
        assertThat(get("/api/v1/me", tenant.adminToken).status()).isEqualTo(200);
        assertThat(get("/api/v1/audit-events", tenant.adminToken).body())
                .contains("tenant.suspended")
                .contains("tenant.reactivated");
    }

    @Test
    void a_tenant_is_renamed_by_the_network_admin() {
        NewTenant tenant = createTenant();
        Response renamed = send(
                "PATCH",
                "/api/v1/tenants/" + tenant.slug,
                tokenOf("network-admin"),
                "application/json",
                "{\"names\":{\"nl\":\"Nieuwe naam\"},\"kind\":\"SECTORAL\"}");
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().path("names").path("nl").asString()).isEqualTo("Nieuwe naam");
        assertThat(renamed.json().path("kind").asString()).isEqualTo("SECTORAL");
    }

    @Test
    void a_merge_patch_of_one_name_keeps_the_others_and_null_removes_one() {
        NewTenant tenant = createTenant();
        String admin = tokenOf("network-admin");
        String path = "/api/v1/tenants/" + tenant.slug;
        Response patched =
                send("PATCH", path, admin, "application/merge-patch+json", "{\"names\":{\"en\":\"Renamed\"}}");
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.json().path("names").path("en").asString()).isEqualTo("Renamed");
        assertThat(patched.json().path("names").path("fr").asString()).isEqualTo("Médiateur " + tenant.slug);
        assertThat(patched.json().path("kind").asString()).isEqualTo("LOCAL");

        Response removed = send("PATCH", path, admin, "application/merge-patch+json", "{\"names\":{\"en\":null}}");
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().path("names").has("en")).isFalse();
        assertThat(removed.json().path("names").path("fr").asString()).isEqualTo("Médiateur " + tenant.slug);

        Response lastOfFrenchAndDutch =
                send("PATCH", path, admin, "application/merge-patch+json", "{\"names\":{\"fr\":null}}");
        assertThat(lastOfFrenchAndDutch.status()).isEqualTo(400);
        assertThat(get(path, admin).json().path("names").path("fr").asString()).isEqualTo("Médiateur " + tenant.slug);
    }

    @Test
    void a_tenant_admin_invites_changes_and_removes_staff() {
        NewTenant tenant = createTenant();
        String email = "agent-" + shortId() + "@example.org";
        Response invited = send(
                "POST",
                "/api/v1/tenants/" + tenant.slug + "/users",
                tenant.adminToken,
                "application/json",
                "{\"email\":\"" + email
                        + "\",\"firstName\":\"Ann\",\"lastName\":\"Agent\",\"roles\":[\"caseworker\"]}");
        assertThat(invited.status()).isEqualTo(201);
        String id = invited.json().path("id").asString();
        assertThat(KeycloakTestServer.mail().received())
                .anySatisfy(m -> assertThat(m.recipients()).contains(email));
        keycloak().completeAccount(id, "agent-pw-1");
        assertThat(get("/api/v1/me", keycloak().accessToken(email, "agent-pw-1"))
                        .json()
                        .path("tenant")
                        .path("slug")
                        .asString())
                .isEqualTo(tenant.slug);

        Response listed = get("/api/v1/tenants/" + tenant.slug + "/users", tenant.adminToken);
        assertThat(listed.body()).contains(email);

        Response promoted = send(
                "PATCH",
                "/api/v1/tenants/" + tenant.slug + "/users/" + id,
                tenant.adminToken,
                "application/json",
                "{\"roles\":[\"caseworker\",\"tenant-admin\"]}");
        assertThat(promoted.json().path("roles").toString()).contains("tenant-admin");

        Response disabled = send(
                "PATCH",
                "/api/v1/tenants/" + tenant.slug + "/users/" + id,
                tenant.adminToken,
                "application/json",
                "{\"enabled\":false}");
        assertThat(disabled.json().path("enabled").asBoolean()).isFalse();
        assertThat(keycloak().passwordGrantStatus(email, "agent-pw-1")).isNotEqualTo(200);

        assertThat(send("DELETE", "/api/v1/tenants/" + tenant.slug + "/users/" + id, tenant.adminToken, null, null)
                        .status())
                .isEqualTo(204);
        assertThat(get("/api/v1/tenants/" + tenant.slug + "/users", tenant.adminToken)
                        .body())
                .doesNotContain(email);
        assertThat(get("/api/v1/audit-events", tenant.adminToken).body())
                .contains("staff.changed")
                .contains("staff.removed");
    }

    @Test
    void staff_cannot_be_given_the_network_admin_role() {
        NewTenant tenant = createTenant();
        Response invited = invite(
                "/api/v1/tenants/" + tenant.slug + "/users",
                tenant.adminToken,
                "x-" + shortId() + "@example.org",
                "network-admin");
        assertThat(invited.status()).isEqualTo(400);
        assertThat(invited.isProblem()).isTrue();
    }

    @Test
    void an_email_that_already_has_an_account_is_a_409() {
        NewTenant tenant = createTenant();
        Response invited = invite(
                "/api/v1/tenants/" + tenant.slug + "/users",
                tenant.adminToken,
                "wal-agent@mediateur-wallonie-fwb.passerelle.test",
                "caseworker");
        assertThat(invited.status()).isEqualTo(409);
        Response tenantWithTakenEmail = send(
                "POST",
                "/api/v1/tenants",
                tokenOf("network-admin"),
                "application/json",
                tenantBody("t-" + shortId(), "nrj-agent@energy-ombudsman.passerelle.test"));
        assertThat(tenantWithTakenEmail.status()).isEqualTo(409);
    }

    @Test
    void the_network_admin_may_only_create_the_first_tenant_admin_of_a_tenant_without_one() {
        String admin = tokenOf("network-admin");
        Response caseworker = invite(
                "/api/v1/tenants/notary-ombudsman/users", admin, "c-" + shortId() + "@example.org", "caseworker");
        assertThat(caseworker.status()).isEqualTo(403);
        Response first = invite(
                "/api/v1/tenants/notary-ombudsman/users", admin, "first-" + shortId() + "@example.org", "tenant-admin");
        assertThat(first.status()).isEqualTo(201);
        Response second = invite(
                "/api/v1/tenants/notary-ombudsman/users",
                admin,
                "second-" + shortId() + "@example.org",
                "tenant-admin");
        assertThat(second.status()).isEqualTo(403);
        assertThat(get("/api/v1/audit-events?limit=100", admin).body()).contains("staff.invited");
    }

    @Test
    void an_api_client_gets_tokens_for_its_tenant_until_it_is_revoked() {
        NewTenant tenant = createTenant();
        Response created = send(
                "POST",
                "/api/v1/tenants/" + tenant.slug + "/api-clients",
                tenant.adminToken,
                "application/json",
                "{\"name\":\"Case tool\",\"scopes\":[\"referrals:read\"]}");
        assertThat(created.status()).isEqualTo(201);
        String clientId = created.json().path("clientId").asString();
        String secret = created.json().path("clientSecret").asString();
        assertThat(secret).isNotBlank();

        String token = keycloak().clientToken(clientId, secret);
        Response me = get("/api/v1/me", token);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("tenant").path("slug").asString()).isEqualTo(tenant.slug);
        assertThat(me.json().path("roles").toString()).contains("integration");

        Response readable = get("/api/v1/referrals?box=received", token);
        assertThat(readable.status()).as(readable.body()).isEqualTo(200);
        Response notWritable = send("POST", "/api/v1/referrals", token, "application/json", "{}");
        assertThat(notWritable.status()).isEqualTo(403);
        assertThat(notWritable.body()).contains("referrals:write");

        Response listed = get("/api/v1/tenants/" + tenant.slug + "/api-clients", tenant.adminToken);
        assertThat(listed.body()).contains(clientId).doesNotContain(secret);
        assertThat(get("/api/v1/tenants/" + tenant.slug + "/api-clients", tokenOf("wal-admin"))
                        .status())
                .isEqualTo(403);

        Response revoked = send(
                "DELETE", "/api/v1/tenants/" + tenant.slug + "/api-clients/" + clientId, tenant.adminToken, null, null);
        assertThat(revoked.status()).isEqualTo(204);
        assertThat(get("/api/v1/me", token).status()).isEqualTo(403);
    }

    @Test
    void unknown_fields_and_malformed_json_are_400_problems_and_create_nothing() {
        String admin = tokenOf("network-admin");
        String slug = "u-" + shortId();
        Response unknown = send(
                "POST",
                "/api/v1/tenants",
                admin,
                "application/json",
                "{\"slug\":\"" + slug
                        + "\",\"names\":{\"fr\":\"X\"},\"kind\":\"LOCAL\",\"adminEmail\":\"a@b.be\",\"isAdmin\":true}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("errors").get(0).path("field").asString())
                .isEqualTo("isAdmin");
        Response malformed = send("POST", "/api/v1/tenants", admin, "application/json", "{\"slug\":");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.isProblem()).isTrue();
        Response wrongType = send(
                "POST",
                "/api/v1/tenants",
                admin,
                "application/json",
                "{\"slug\":\"" + slug + "\",\"names\":{\"fr\":\"X\"},\"kind\":\"PLANET\",\"adminEmail\":\"a@b.be\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        Response invalid = send(
                "POST",
                "/api/v1/tenants",
                admin,
                "application/json",
                "{\"slug\":\"Bad Slug\",\"names\":{\"en\":\"Only English\"},\"kind\":\"LOCAL\",\"adminEmail\":\"nope\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().path("errors").size()).isGreaterThanOrEqualTo(2);
        Response wrongContentType = send("POST", "/api/v1/tenants", admin, "text/plain", "hello");
        assertThat(wrongContentType.status()).isEqualTo(415);
        assertThat(get("/api/v1/tenants/" + slug, admin).status()).isEqualTo(404);
        assertThat(keycloak().organizationAliases()).doesNotContain(slug);
    }

    /** A tenant created through the API, with its first admin's account completed and a token. */
    private NewTenant createTenant() {
        String slug = "t-" + shortId();
        String email = "admin-" + slug + "@example.org";
        Response created =
                send("POST", "/api/v1/tenants", tokenOf("network-admin"), "application/json", tenantBody(slug, email));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.path("slug").asString()).isEqualTo(slug);
        assertThat(body.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(body.toString()).doesNotContain("password");
        String userId = keycloak().userId(email);
        keycloak().completeAccount(userId, "admin-pw-1");
        return new NewTenant(slug, email, keycloak().accessToken(email, "admin-pw-1"));
    }

    private Response invite(String usersPath, String token, String email, String role) {
        return send(
                "POST",
                usersPath,
                token,
                "application/json",
                "{\"email\":\"" + email + "\",\"roles\":[\"" + role + "\"]}");
    }

    private static String tenantBody(String slug, String email) {
        return "{\"slug\":\"" + slug + "\",\"names\":{\"fr\":\"Médiateur " + slug + "\",\"en\":\"Ombudsman " + slug
                + "\"},\"kind\":\"LOCAL\",\"adminEmail\":\"" + email + "\"}";
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private record NewTenant(String slug, String adminEmail, String adminToken) {}
}

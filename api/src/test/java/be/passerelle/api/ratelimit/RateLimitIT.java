package be.passerelle.api.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.api.ApiIntegrationTest;
import java.net.http.HttpRequest;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * 429s with {@code Retry-After}, {@code RateLimit-Policy} and {@code RateLimit} per client address,
 * per API client and per tenant, behind a trusted proxy (the loopback here). Its own application
 * context with small budgets and a window of its own length, so that its counts in the shared
 * database are apart from every other test's and every earlier run's.
 */
class RateLimitIT extends ApiIntegrationTest {
    private static final long WINDOW = 3600 + ThreadLocalRandom.current().nextInt(1000);

    @DynamicPropertySource
    static void smallBudgets(DynamicPropertyRegistry registry) {
        registry.add("passerelle.rate-limits.window", () -> WINDOW + "s");
        registry.add("passerelle.rate-limits.anonymous", () -> "5");
        registry.add("passerelle.rate-limits.citizen-status", () -> "3");
        registry.add("passerelle.rate-limits.api-client", () -> "4");
        registry.add("server.tomcat.remoteip.internal-proxies", () -> "127\\.0\\.0\\.1|0:0:0:0:0:0:0:1");
    }

    @Test
    void an_anonymous_address_gets_429_past_its_budget_with_the_rate_limit_headers() {
        String address = randomAddress();
        for (int i = 0; i < 5; i++) {
            Response ok = anonymousGet("/api/v1/directory/institutions?limit=1", address);
            assertThat(ok.status()).isEqualTo(200);
            assertThat(ok.header("RateLimit-Policy")).isEqualTo("\"anonymous\";q=5;w=" + WINDOW);
            assertThat(ok.header("RateLimit")).startsWith("\"anonymous\";r=" + (4 - i) + ";t=");
        }

        Response refused = anonymousGet("/api/v1/taxonomy/sectors", address);

        assertRefused(refused, "anonymous");
        Response finder = send(request("/api/v1/directory/match", null)
                .header("X-Forwarded-For", address)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"postalCode\":\"1000\"}"))
                .build());
        assertThat(finder.status()).isEqualTo(429);
        // behind the configured proxy, another forwarded address has its own budget
        assertThat(anonymousGet("/api/v1/taxonomy/sectors", randomAddress()).status())
                .isEqualTo(200);
    }

    @Test
    void the_citizen_status_check_has_a_smaller_budget_of_its_own() {
        String address = randomAddress();
        for (int i = 0; i < 3; i++) {
            Response unknown = anonymousStatusCheck(address);
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(unknown.header("RateLimit-Policy")).isEqualTo("\"citizen-status\";q=3;w=" + WINDOW);
        }

        assertRefused(anonymousStatusCheck(address), "citizen-status");
        // the former GET counts against the same budget
        assertRefused(
                anonymousGet("/api/v1/public/referral-status?reference=PSR-2026-ZZZZZZ&code=0000000000000", address),
                "citizen-status");
        assertThat(anonymousGet("/api/v1/taxonomy/sectors", address).status()).isEqualTo(200);
    }

    private Response anonymousStatusCheck(String forwardedFor) {
        return send(request("/api/v1/public/referral-status", null)
                .header("X-Forwarded-For", forwardedFor)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"reference\":\"PSR-2026-ZZZZZZ\",\"code\":\"0000000000000\"}"))
                .build());
    }

    @Test
    void an_api_client_gets_429_past_its_own_budget_while_its_tenant_goes_on() {
        String admin = tokenOf("wal-admin");
        Response created = send(
                "POST",
                "/api/v1/tenants/mediateur-wallonie-fwb/api-clients",
                admin,
                "application/json",
                "{\"name\":\"Rate limited\",\"scopes\":[\"referrals:read\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String clientId = created.json().path("clientId").asString();
        try {
            String token = keycloak()
                    .clientToken(clientId, created.json().path("clientSecret").asString());
            for (int i = 0; i < 4; i++) {
                Response ok = get("/api/v1/me", token);
                assertThat(ok.status()).isEqualTo(200);
                assertThat(ok.header("RateLimit-Policy"))
                        .isEqualTo("\"tenant\";q=100000000;w=" + WINDOW + ", \"api-client\";q=4;w=" + WINDOW);
                assertThat(ok.header("RateLimit")).contains(", \"api-client\";r=" + (3 - i) + ";t=");
            }

            assertRefused(get("/api/v1/me", token), "api-client");
            assertThat(get("/api/v1/me", tokenOf("wal-agent")).status()).isEqualTo(200);
        } finally {
            send("DELETE", "/api/v1/tenants/mediateur-wallonie-fwb/api-clients/" + clientId, admin, null, null);
        }
    }

    @Test
    void the_network_admin_sets_a_tenants_budget_and_it_takes_effect_its_admin_may_not() {
        String networkAdmin = tokenOf("network-admin");
        String path = "/api/v1/tenants/vlaamse-ombudsdienst/rate-limit";
        try {
            Response set = send("PUT", path, networkAdmin, "application/json", "{\"requestsPerWindow\":3}");
            assertThat(set.status()).as(set.body()).isEqualTo(200);
            assertThat(set.json().path("requestsPerWindow").asLong()).isEqualTo(3);
            assertThat(set.json().path("custom").asBoolean()).isTrue();
            assertThat(set.json().path("windowSeconds").asLong()).isEqualTo(WINDOW);

            String agent = tokenOf("vla-agent");
            for (int i = 0; i < 3; i++) {
                Response ok = get("/api/v1/me", agent);
                assertThat(ok.status()).isEqualTo(200);
                assertThat(ok.header("RateLimit-Policy")).isEqualTo("\"tenant\";q=3;w=" + WINDOW);
            }
            assertRefused(get("/api/v1/me", agent), "tenant");
            assertThat(get("/api/v1/me", tokenOf("wal-agent")).status()).isEqualTo(200);
        } finally {
            Response reset = send("DELETE", path, networkAdmin, null, null);
            assertThat(reset.status()).isEqualTo(200);
            assertThat(reset.json().path("custom").asBoolean()).isFalse();
        }

        String tenantAdmin = tokenOf("vla-admin");
        assertThat(get("/api/v1/me", tokenOf("vla-agent")).status()).isEqualTo(200);
        Response refused = send("PUT", path, tenantAdmin, "application/json", "{\"requestsPerWindow\":100000000}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.isProblem()).isTrue();
        assertThat(send("DELETE", path, tenantAdmin, null, null).status()).isEqualTo(403);
        Response read = get(path, tenantAdmin);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("requestsPerWindow").asLong()).isEqualTo(100000000);
        assertThat(read.json().path("custom").asBoolean()).isFalse();
        assertThat(get("/api/v1/audit-events?action=tenant.rate_limit_changed", tenantAdmin)
                        .body())
                .contains("tenant.rate_limit_changed");
    }

    @Test
    void a_budget_out_of_range_is_a_400_problem() {
        Response zero = send(
                "PUT",
                "/api/v1/tenants/vlaamse-ombudsdienst/rate-limit",
                tokenOf("network-admin"),
                "application/json",
                "{\"requestsPerWindow\":0}");
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.isProblem()).isTrue();
    }

    private Response anonymousGet(String path, String forwardedFor) {
        return send(request(path, null)
                .header("X-Forwarded-For", forwardedFor)
                .GET()
                .build());
    }

    private static void assertRefused(Response refused, String policy) {
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().path("status").asInt()).isEqualTo(429);
        assertThat(refused.json().path("detail").asString()).contains(policy);
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, WINDOW);
        assertThat(refused.header("RateLimit")).contains("\"" + policy + "\";r=0;t=" + retryAfter);
        assertThat(refused.body()).doesNotContain("Exception");
    }

    private static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.51." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }
}

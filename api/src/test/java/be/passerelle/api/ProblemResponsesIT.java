package be.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every error is an RFC 9457 problem with the request id; no stack traces, no HTML. */
class ProblemResponsesIT extends ApiIntegrationTest {

    @Test
    void unknown_path_is_a_404_problem() {
        Response response = get("/api/v1/no-such-thing", tokenOf("wal-agent"));
        assertThat(response.status()).isEqualTo(404);
        assertProblem(response, 404);
    }

    @Test
    void wrong_method_is_a_405_problem() {
        Response response = send("DELETE", "/api/v1/me", tokenOf("wal-agent"), null, null);
        assertThat(response.status()).isEqualTo(405);
        assertProblem(response, 405);
    }

    @Test
    void an_out_of_range_limit_is_a_400_problem_naming_the_field() {
        Response response = get("/api/v1/audit-events?limit=1000", tokenOf("wal-admin"));
        assertProblem(response, 400);
        assertThat(response.json().path("errors").get(0).path("field").asString())
                .isEqualTo("limit");
    }

    @Test
    void a_wrong_type_parameter_is_a_400_problem() {
        assertProblem(get("/api/v1/audit-events?limit=ten", tokenOf("wal-admin")), 400);
    }

    @Test
    void a_forged_cursor_is_a_400_problem() {
        assertProblem(get("/api/v1/audit-events?cursor=not-a-cursor", tokenOf("wal-admin")), 400);
    }

    @Test
    void the_next_link_leads_to_the_following_page() {
        String token = tokenOf("network-admin");
        Response first = get("/api/v1/audit-events?limit=2", token);
        String next = first.json().path("next").asString();
        assertThat(next).contains("cursor=").contains("limit=2");
        Response second = get(next.substring(next.indexOf("/api/")), token);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().path("items").get(0).path("id").asString())
                .isNotEqualTo(first.json().path("items").get(1).path("id").asString());
    }

    @Test
    void a_given_request_id_is_returned_and_put_in_problems() {
        Response response = send(request("/api/v1/me", null)
                .header("X-Request-Id", "trace-42")
                .GET()
                .build());
        assertThat(response.header("X-Request-Id")).isEqualTo("trace-42");
        assertThat(response.json().path("requestId").asString()).isEqualTo("trace-42");
    }

    @Test
    void a_malformed_request_id_is_replaced_by_a_generated_one() {
        Response response = send(request("/api/v1/me", null)
                .header("X-Request-Id", "bad id with spaces and a very long tail that should never be echoed back")
                .GET()
                .build());
        assertThat(response.header("X-Request-Id")).matches("[0-9a-f-]{36}");
    }

    @Test
    void health_is_up_with_the_database() {
        Response health = get("/actuator/health/readiness", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asString()).isEqualTo("UP");
    }

    @Test
    void prometheus_metrics_are_exposed() {
        Response metrics = get("/actuator/prometheus", null);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("hikaricp_connections");
    }

    @Test
    void requests_are_measured_without_a_meter_per_security_filter() {
        get("/api/v1/directory/institutions/federal-ombudsman", null);

        String metrics = get("/actuator/prometheus", null).body();

        assertThat(metrics).contains("http_server_requests_seconds_count");
        assertThat(metrics).doesNotContain("spring_security_filterchains");
    }

    private static void assertProblem(Response response, int status) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.isProblem())
                .as("content type %s", response.contentType())
                .isTrue();
        assertThat(response.json().path("status").asInt()).isEqualTo(status);
        assertThat(response.json().path("type").asString()).startsWith("/problems/");
        assertThat(response.json().path("instance").asString()).startsWith("/api/v1/");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at be.passerelle");
    }
}

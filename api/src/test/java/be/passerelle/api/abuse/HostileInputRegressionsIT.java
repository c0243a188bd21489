package be.passerelle.api.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.api.ApiIntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The failures {@link HostileInputIT} found, one by one: each was a 500, a Tomcat page or a write. */
class HostileInputRegressionsIT extends ApiIntegrationTest {
    private static final String MATCH = "/api/v1/directory/match";

    @Test
    void a_nul_in_a_free_text_filter_is_a_400_problem_not_a_database_error() {
        assertProblem(get("/api/v1/referrals?box=received&q=a%00b", tokenOf("wal-agent")), 400);
    }

    @Test
    void a_query_that_is_not_utf8_is_a_400_problem() {
        assertProblem(get("/api/v1/directory/institutions?q=%FF%FE", null), 400);
        assertProblem(get("/api/v1/directory/institutions?q=%ED%A0%80", null), 400);
    }

    @Test
    void a_hexadecimal_year_is_a_400_problem_not_2018() {
        assertProblem(get("/api/v1/statistics/network?year=0x7E2", null), 400);
    }

    @Test
    void an_encoded_slash_or_nul_in_a_path_is_a_problem_not_a_tomcat_page() {
        assertProblem(get("/api/v1/referrals/..%2F..%2Fetc%2Fpasswd", tokenOf("wal-agent")), 400);
        assertProblem(get("/api/v1/directory/institutions/a%00b", null), 400);
    }

    @Test
    void control_characters_and_unpaired_surrogates_in_json_strings_are_400_problems() {
        assertProblem(match("\"text\":\"a\\u0000b\""), 400);
        assertProblem(match("\"text\":\"a\\u001b[31m\""), 400);
        assertProblem(match("\"text\":\"a\\ud800\""), 400);
        assertThat(match("\"text\":\"une facture\\n\\td'énergie 😀\"").status()).isEqualTo(200);
    }

    @Test
    void a_number_or_boolean_where_text_is_wanted_is_a_400_problem() {
        assertProblem(match("\"text\":12345"), 400);
        assertProblem(match("\"text\":true"), 400);
    }

    @Test
    void a_json_body_that_is_not_utf8_is_a_400_problem() {
        ByteArrayOutputStream overlongSlash = new ByteArrayOutputStream();
        overlongSlash.writeBytes("{\"postalCode\":\"5000\",\"text\":\"..".getBytes(StandardCharsets.UTF_8));
        overlongSlash.write(0xC0);
        overlongSlash.write(0xAF);
        overlongSlash.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
        Response response = send(request(MATCH, null)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(overlongSlash.toByteArray()))
                .build());

        assertProblem(response, 400);
    }

    @Test
    void a_json_body_declared_in_another_charset_is_a_415_problem() {
        assertProblem(send("POST", MATCH, null, "application/json; charset=UTF-16", "{\"text\":\"x\"}"), 415);
    }

    @Test
    void a_json_body_over_one_mebibyte_is_a_413_problem() {
        assertProblem(
                send("POST", MATCH, null, "application/json", "{\"text\":\"" + "x".repeat(1_100_000) + "\"}"), 413);
    }

    @Test
    void a_json_body_over_one_mebibyte_sent_in_chunks_is_a_413_problem() {
        byte[] body = ("{\"text\":\"" + "x".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        Response response = send(request(MATCH, null)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build());

        assertProblem(response, 413);
    }

    @Test
    void an_unreadable_multipart_body_is_a_400_problem() {
        Response response = send(
                "POST",
                "/api/v1/referrals/" + UUID.randomUUID() + "/attachments",
                tokenOf("wal-agent"),
                "multipart/form-data; boundary=b",
                "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.pdf\"\r\n\r\n%PDF");

        assertProblem(response, 400);
    }

    /** The competence finder with a postal code (valid) and the given {@code "text":…} member. */
    private Response match(String text) {
        return send("POST", MATCH, null, "application/json", "{\"postalCode\":\"5000\"," + text + "}");
    }

    private static void assertProblem(Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.contentType()).isTrue();
        assertThat(response.json().path("status").asInt()).isEqualTo(status);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("<html");
    }
}

package be.passerelle.api.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.api.ApiIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Security headers and CORS (issue #9, item 8). Forwarding headers are read by Tomcat's
 * RemoteIpValve from the configured proxies only; this context trusts 127.0.0.1 alone, so a
 * request from 127.0.0.2 is an untrusted peer.
 */
@TestPropertySource(
        properties = {
            "server.forward-headers-strategy=native",
            "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1",
            "passerelle.security.cors-allowed-origins=https://app.passerelle.test"
        })
class SecurityHeadersIT extends ApiIntegrationTest {
    private static final String ALLOWED = "https://app.passerelle.test";
    private static final String OTHER = "https://evil.example";
    private static final String TRUSTED_PROXY = "127.0.0.1";
    private static final String UNTRUSTED_PEER = "127.0.0.2";

    @Test
    void every_kind_of_response_says_nosniff() {
        String token = tokenOf("wal-admin");
        List<Response> responses = List.of(
                get("/api/v1/directory/institutions/mediateur-wallonie-fwb", null),
                get("/api/v1/statistics/network?year=2025", null),
                get("/api/v1/me", token),
                get("/api/v1/me", null),
                get("/api/v1/referrals/" + java.util.UUID.randomUUID(), token),
                send("POST", "/api/v1/referrals", token, "application/json", "{\"subject\":"),
                get("/actuator/health", null));
        assertThat(responses)
                .allSatisfy(r -> assertThat(r.header("X-Content-Type-Options"))
                        .as(r.status() + " " + r.body())
                        .isEqualTo("nosniff"));
    }

    @Test
    void private_responses_are_not_stored() {
        String token = tokenOf("wal-admin");
        for (String path : List.of(
                "/api/v1/me",
                "/api/v1/referrals?box=sent&limit=5",
                "/api/v1/webhooks",
                "/api/v1/audit-events?limit=5",
                "/api/v1/tenants/mediateur-wallonie-fwb/users",
                "/api/v1/tenants/mediateur-wallonie-fwb/api-clients",
                "/api/v1/statistics/reports/2025")) {
            Response response = get(path, token);
            assertThat(response.status()).as(path + ": " + response.body()).isIn(200, 404);
            assertThat(response.header("Cache-Control")).as(path).contains("no-store");
        }
        Response referral = get("/api/v1/referrals?box=sent&limit=1", tokenOf("wal-agent"));
        assertThat(referral.status()).isEqualTo(200);
        for (var item : referral.json().path("items")) {
            Response one = get("/api/v1/referrals/" + item.path("id").asString(), tokenOf("wal-agent"));
            assertThat(one.status()).isEqualTo(200);
            assertThat(one.header("Cache-Control")).contains("no-store");
        }
    }

    @Test
    void public_open_data_keeps_its_own_caching() {
        for (String path :
                List.of("/api/v1/statistics/network?year=2025", "/api/v1/statistics/referral-flows?year=2025")) {
            Response response = get(path, null);
            assertThat(response.status()).as(path).isEqualTo(200);
            assertThat(response.header("Cache-Control")).as(path).isEqualTo("max-age=60, public");
            assertThat(response.header("ETag")).as(path).isNotBlank();
        }
    }

    @Test
    void hsts_only_when_a_trusted_proxy_says_the_request_came_over_tls() {
        Map<String, String> https = Map.of("X-Forwarded-Proto", "https");
        assertThat(raw(TRUSTED_PROXY, "/api/v1/directory/institutions", https).header("Strict-Transport-Security"))
                .startsWith("max-age=");
        assertThat(raw(TRUSTED_PROXY, "/api/v1/me", https).header("Strict-Transport-Security"))
                .as("on a 401 too")
                .startsWith("max-age=");
        assertThat(raw(TRUSTED_PROXY, "/api/v1/directory/institutions", Map.of())
                        .header("Strict-Transport-Security"))
                .as("plain http")
                .isNull();
        assertThat(raw(UNTRUSTED_PEER, "/api/v1/directory/institutions", https).header("Strict-Transport-Security"))
                .as("the header of an untrusted peer is ignored")
                .isNull();
    }

    @Test
    void an_allowed_origin_gets_the_cors_headers_without_credentials() {
        Response preflight = send(request("/api/v1/referrals", null)
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Origin", ALLOWED)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type, idempotency-key")
                .build());
        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED);
        assertThat(preflight.header("Access-Control-Allow-Methods")).contains("POST");
        assertThat(preflight.header("Access-Control-Allow-Headers").toLowerCase(Locale.ROOT))
                .contains("authorization")
                .contains("idempotency-key");
        assertThat(preflight.header("Access-Control-Allow-Credentials")).isNull();

        Response read = send(request("/api/v1/me", tokenOf("wal-agent"))
                .header("Origin", ALLOWED)
                .GET()
                .build());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED);
        assertThat(read.header("Access-Control-Expose-Headers")).contains("ETag");
        assertThat(read.header("Access-Control-Allow-Credentials")).isNull();
    }

    @Test
    void another_origin_is_refused() {
        Response preflight = send(request("/api/v1/referrals", null)
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Origin", OTHER)
                .header("Access-Control-Request-Method", "POST")
                .build());
        assertThat(preflight.status()).isEqualTo(403);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();

        Response read = send(request("/api/v1/me", tokenOf("wal-agent"))
                .header("Origin", OTHER)
                .GET()
                .build());
        assertThat(read.status()).isEqualTo(403);
        assertThat(read.isProblem()).as("a refused origin gets a problem").isTrue();
        assertThat(read.header("Access-Control-Allow-Origin")).isNull();
        assertThat(read.body()).doesNotContain("wal-agent");

        Response anonymous = send(request("/api/v1/directory/institutions", null)
                .header("Origin", OTHER)
                .GET()
                .build());
        assertThat(anonymous.status()).isEqualTo(403);
        assertThat(anonymous.header("Access-Control-Allow-Origin")).isNull();
    }

    /** A GET sent from a chosen local address (the peer address the server sees), HTTP/1.1 by hand. */
    private RawResponse raw(String from, String path, Map<String, String> headers) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress(InetAddress.getByName(TRUSTED_PROXY), port), 5_000);
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: api.passerelle.test\r\n");
            headers.forEach((name, value) ->
                    request.append(name).append(": ").append(value).append("\r\n"));
            request.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            in.transferTo(received);
            return parse(received.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RawResponse parse(String response) {
        int end = response.indexOf("\r\n\r\n");
        String[] lines = response.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(
                    lines[i].substring(0, colon).trim(),
                    List.of(lines[i].substring(colon + 1).trim()));
        }
        return new RawResponse(status, headers);
    }

    private record RawResponse(int status, Map<String, List<String>> headers) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }
}

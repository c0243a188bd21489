package be.passerelle.infra.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.core.webhook.DeliveryAttempt;
import be.passerelle.core.webhook.EgressPolicy;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sender against a real HTTP server on loopback. */
class HttpWebhookSenderTest {
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final byte[] BODY = "{\"type\":\"t\"}".getBytes(StandardCharsets.UTF_8);

    private HttpServer server;
    private final List<String> hits = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ok", exchange -> {
            hits.add("/ok " + exchange.getRequestHeaders().getFirst("webhook-id") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.createContext("/moved", exchange -> {
            hits.add("/moved");
            exchange.getResponseHeaders().add("Location", "/ok");
            exchange.sendResponseHeaders(307, -1);
            exchange.close();
        });
        server.createContext("/slow", exchange -> {
            hits.add("/slow");
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(2));
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    @Test
    void posts_the_body_and_headers_and_reports_the_status() throws IOException {
        try (HttpWebhookSender sender = sender(new EgressPolicy(true, true))) {
            DeliveryAttempt attempt = sender.send(url("/ok"), Map.of("webhook-id", "evt-1"), BODY, NOW);

            assertThat(attempt.succeeded()).isTrue();
            assertThat(attempt.statusCode()).hasValue(204);
            assertThat(attempt.attemptedAt()).isEqualTo(NOW);
            assertThat(hits).containsExactly("/ok evt-1 {\"type\":\"t\"}");
        }
    }

    @Test
    void the_production_policy_refuses_loopback_at_connection_time_and_nothing_is_sent() throws IOException {
        try (HttpWebhookSender sender = sender(new EgressPolicy(true, false))) {
            DeliveryAttempt byAddress = sender.send(url("/ok"), Map.of(), BODY, NOW);
            DeliveryAttempt byName = sender.send(
                    URI.create("http://localhost:" + server.getAddress().getPort() + "/ok"), Map.of(), BODY, NOW);

            assertThat(byAddress.succeeded()).isFalse();
            assertThat(byAddress.error()).hasValueSatisfying(e -> assertThat(e).contains("egress policy"));
            assertThat(byName.error()).hasValueSatisfying(e -> assertThat(e).contains("egress policy"));
            assertThat(hits).isEmpty();
        }
    }

    @Test
    void plain_http_is_refused_unless_allowed() throws IOException {
        try (HttpWebhookSender sender = sender(new EgressPolicy(false, true))) {
            DeliveryAttempt attempt = sender.send(url("/ok"), Map.of(), BODY, NOW);

            assertThat(attempt.error()).hasValueSatisfying(e -> assertThat(e).contains("https"));
            assertThat(hits).isEmpty();
        }
    }

    @Test
    void redirects_are_not_followed() throws IOException {
        try (HttpWebhookSender sender = sender(new EgressPolicy(true, true))) {
            DeliveryAttempt attempt = sender.send(url("/moved"), Map.of(), BODY, NOW);

            assertThat(attempt.succeeded()).isFalse();
            assertThat(attempt.statusCode()).hasValue(307);
            assertThat(hits).containsExactly("/moved");
        }
    }

    @Test
    void a_receiver_slower_than_the_read_timeout_is_a_failed_attempt() throws IOException {
        try (HttpWebhookSender sender =
                new HttpWebhookSender(new EgressPolicy(true, true), Duration.ofSeconds(2), Duration.ofMillis(300))) {
            DeliveryAttempt attempt = sender.send(url("/slow"), Map.of(), BODY, NOW);

            assertThat(attempt.succeeded()).isFalse();
            assertThat(attempt.error()).hasValue("read timeout");
            assertThat(attempt.duration()).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        }
    }

    @Test
    void an_unreachable_receiver_is_a_failed_attempt() throws IOException {
        int closed = server.getAddress().getPort();
        server.stop(0);
        try (HttpWebhookSender sender = sender(new EgressPolicy(true, true))) {
            DeliveryAttempt attempt =
                    sender.send(URI.create("http://127.0.0.1:" + closed + "/ok"), Map.of(), BODY, NOW);

            assertThat(attempt.succeeded()).isFalse();
            assertThat(attempt.statusCode()).isEmpty();
            assertThat(attempt.error()).hasValue("connection refused");
        }
    }

    private static HttpWebhookSender sender(EgressPolicy policy) {
        return new HttpWebhookSender(policy, Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }
}

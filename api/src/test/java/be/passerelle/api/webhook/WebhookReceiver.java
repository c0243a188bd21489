package be.passerelle.api.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A real HTTP endpoint on loopback that records what it receives and answers with the statuses it
 * is told to give (then 200), and that can go down (connections refused) and come back on the
 * same address.
 */
final class WebhookReceiver implements AutoCloseable {
    private final int port;
    private volatile HttpServer server;
    private volatile boolean listening = true;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Queue<Integer> statuses = new ConcurrentLinkedQueue<>();
    private volatile boolean failing;

    /** One request: its webhook headers and body. */
    record Received(String id, String timestamp, String signature, String body) {}

    WebhookReceiver() throws IOException {
        server = listen(0);
        port = server.getAddress().getPort();
    }

    private HttpServer listen(int on) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), on), 0);
        http.setExecutor(Executors.newFixedThreadPool(4));
        http.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                Map<String, List<String>> h = exchange.getRequestHeaders();
                received.add(new Received(
                        first(h, "webhook-id"),
                        first(h, "webhook-timestamp"),
                        first(h, "webhook-signature"),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            Integer status = failing ? Integer.valueOf(500) : statuses.poll();
            exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            exchange.close();
        });
        http.start();
        return http;
    }

    /** Stops listening: connections to its address are refused until {@link #up()}. */
    void down() {
        listening = false;
        stop(server);
    }

    /** Listens again on the same address. */
    void up() throws IOException {
        server = listen(port);
        listening = true;
    }

    /** The next requests get these statuses, in order; later ones get 200. */
    WebhookReceiver answering(Integer... next) {
        statuses.addAll(List.of(next));
        return this;
    }

    /** Every request gets a 500 until {@link #recovered()}. */
    WebhookReceiver failing() {
        failing = true;
        return this;
    }

    void recovered() {
        failing = false;
        statuses.clear();
    }

    String url() {
        return "http://127.0.0.1:" + port + "/hook";
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    @Override
    public void close() {
        if (listening) {
            stop(server);
        }
    }

    private static void stop(HttpServer server) {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}

package be.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ConformanceCheckingHttpClientTest {
    private static final String DOCUMENT = """
            {
              "openapi": "3.1.0",
              "paths": {
                "/api/v1/things/{id}": {
                  "get": {
                    "responses": {
                      "200": {
                        "description": "the thing",
                        "content": {"application/json": {"schema": {
                          "type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}
                        }}}
                      }
                    }
                  }
                }
              }
            }
            """;

    private HttpServer server;
    private HttpClient client;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        answer("/api/v1/things/good", 200, "{\"id\":\"good\"}");
        answer("/api/v1/things/bad", 200, "{\"name\":\"no id\"}");
        answer("/api/v1/things/gone", 410, "");
        server.start();
        client = new ConformanceCheckingHttpClient(
                HttpClient.newHttpClient(),
                new OpenApiConformance(JsonMapper.builder().build().readTree(DOCUMENT)));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(String path, int status, String body) {
        server.createContext(path, exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(
                        URI.create("http://localhost:" + server.getAddress().getPort() + path))
                .GET()
                .build();
    }

    @Test
    void a_conforming_answer_reaches_a_streaming_body_handler_unchanged() throws Exception {
        HttpResponse<InputStream> response =
                client.send(get("/api/v1/things/good"), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        try (InputStream body = response.body()) {
            assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"id\":\"good\"}");
        }
        assertThat(client.sendAsync(get("/api/v1/things/good"), HttpResponse.BodyHandlers.ofString())
                        .join()
                        .body())
                .isEqualTo("{\"id\":\"good\"}");
    }

    @Test
    void an_invalid_body_or_an_undocumented_status_fails_before_the_caller_sees_it() {
        assertThatThrownBy(() -> client.send(get("/api/v1/things/bad"), HttpResponse.BodyHandlers.ofInputStream()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("departs from api/openapi.json");
        assertThatThrownBy(() -> client.send(get("/api/v1/things/gone"), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("status 410 is not documented");
    }
}

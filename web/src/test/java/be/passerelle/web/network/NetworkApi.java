package be.passerelle.web.network;

import be.passerelle.web.stack.WebTestStack;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API as the scenarios look at it behind the pages: the state the network admin's pages changed, read
 * (and, to set up or restore, written) with the network admin's own token or another user's.
 */
final class NetworkApi {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebTestStack stack;

    NetworkApi(WebTestStack stack) {
        this.stack = stack;
    }

    /** A slug no other test uses. */
    static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    JsonNode tenant(String slug) {
        return json(expect(get("/api/v1/tenants/" + slug, adminToken()), 200));
    }

    JsonNode rateLimit(String slug) {
        return json(expect(get("/api/v1/tenants/" + slug + "/rate-limit", adminToken()), 200));
    }

    /** Every tenant by slug, every page of the list (the API's {@code next} links are absolute). */
    Map<String, JsonNode> tenants() {
        Map<String, JsonNode> tenants = new LinkedHashMap<>();
        String path = "/api/v1/tenants?limit=100";
        while (path != null) {
            JsonNode page = json(expect(get(path, adminToken()), 200));
            page.get("items").forEach(tenant -> tenants.put(tenant.get("slug").asString(), tenant));
            JsonNode next = page.get("next");
            path = next == null || next.isNull() ? null : next.asString();
        }
        return tenants;
    }

    /** Creates a tenant of this test's own through the API (its first admin: {@code <slug>@example.org}). */
    void createTenant(String slug) {
        String body = JSON.writeValueAsString(Map.of(
                "slug", slug, "names", Map.of("fr", "Médiateur " + slug), "kind", "LOCAL", "adminEmail", email(slug)));
        expect(send("POST", "/api/v1/tenants", adminToken(), body), 201);
    }

    /** The email of the first admin of a tenant {@link #createTenant created} here. */
    static String email(String slug) {
        return slug + "@example.org";
    }

    /** The labels of this sector or area ({@code sectors} or {@code areas}) by language, from the public list. */
    Map<String, String> labels(String taxonomy, String code) {
        JsonNode list = json(expect(get("/api/v1/taxonomy/" + taxonomy, null), 200));
        for (JsonNode entry : list) {
            if (entry.get("code").asString().equals(code)) {
                Map<String, String> labels = new LinkedHashMap<>();
                entry.get("labels")
                        .properties()
                        .forEach(e -> labels.put(e.getKey(), e.getValue().asString()));
                return labels;
            }
        }
        return null;
    }

    /** Puts these labels back on this area (a scenario restores what it relabelled). */
    void relabelArea(String code, Map<String, String> labels) {
        String body = JSON.writeValueAsString(Map.of("labels", labels));
        expect(send("PUT", "/api/v1/taxonomy/areas/" + code, adminToken(), body), 204);
    }

    /** The status of a {@code GET} of this path with this token. */
    int status(String path, String token) {
        return get(path, token).statusCode();
    }

    String adminToken() {
        return stack.keycloak().accessToken("network-admin", "demo");
    }

    private HttpResponse<String> get(String path, String token) {
        return send("GET", path, token, null);
    }

    private HttpResponse<String> send(String method, String path, String token, String json) {
        return stack.callApiWithToken(method, path, token, json);
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new AssertionError(response.request().method() + " "
                    + response.request().uri() + ": " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}

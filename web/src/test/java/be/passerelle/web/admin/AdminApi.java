package be.passerelle.web.admin;

import be.passerelle.web.stack.WebTestStack;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API as the admin pages' tests use it beside the browser, with a demo user's own token: to look at
 * what a page did, to change the directory entry behind a page's back (a 412) and to put back what a test
 * changed.
 */
public final class AdminApi {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebTestStack stack;
    private final String username;

    private AdminApi(WebTestStack stack, String username) {
        this.stack = stack;
        this.username = username;
    }

    /** The API as this demo user (password {@code demo}). */
    public static AdminApi as(WebTestStack stack, String username) {
        return new AdminApi(stack, username);
    }

    /** An institution's directory entry ({@code entry} of the response) and its ETag. */
    public Entry entry(String slug) {
        HttpResponse<String> read =
                send(request("/api/v1/directory/institutions/" + slug).GET(), 200);
        return new Entry(
                (ObjectNode) JSON.readTree(read.body()).get("entry"),
                read.headers().firstValue("ETag").orElseThrow());
    }

    /** Replaces the entry (as the directory page would), conditionally on this ETag; returns the new one. */
    public String replace(String slug, String etag, JsonNode entry) {
        return send(
                        request("/api/v1/directory/institutions/" + slug)
                                .header("If-Match", etag)
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString(entry.toString())),
                        200)
                .headers()
                .firstValue("ETag")
                .orElseThrow();
    }

    /** Puts the entry back as it was, if a test changed it. */
    public void restore(String slug, Entry original) {
        Entry now = entry(slug);
        if (!now.entry().equals(original.entry())) {
            replace(slug, now.etag(), original.entry());
        }
    }

    /** The tenant's staff. */
    public List<JsonNode> staff(String slug) {
        List<JsonNode> members = new ArrayList<>();
        JSON.readTree(send(request("/api/v1/tenants/" + slug + "/users").GET(), 200)
                        .body())
                .forEach(members::add);
        return members;
    }

    public Optional<JsonNode> member(String slug, String email) {
        return staff(slug).stream()
                .filter(m -> m.get("email").asString().equalsIgnoreCase(email))
                .findFirst();
    }

    /** Removes a staff member a test invited (nothing if it is already gone). */
    public void removeIfPresent(String slug, String email) {
        member(slug, email)
                .ifPresent(m -> send(
                        request("/api/v1/tenants/" + slug + "/users/"
                                        + m.get("id").asString())
                                .DELETE(),
                        204));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(stack.apiUrl() + path))
                .header("Authorization", "Bearer " + stack.keycloak().accessToken(username, "demo"));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, int expected) {
        HttpResponse<String> response = WebTestStack.send(request.build());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(
                    "the API answered " + response.statusCode() + " (expected " + expected + "): " + response.body());
        }
        return response;
    }

    /** A directory entry as read, with its ETag. */
    public record Entry(ObjectNode entry, String etag) {
        /** A copy to change. */
        public ObjectNode copy() {
            return entry.deepCopy();
        }
    }
}

package be.passerelle.web.admin.integration;

import be.passerelle.web.stack.WebTestStack;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the tests do straight through the API (as an integrator would, with an admin's own token): the
 * other institution's clients and webhooks a forged form post aims at, checks of the real state, clean-up.
 */
final class AsAdmins {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebTestStack stack;

    AsAdmins(WebTestStack stack) {
        this.stack = stack;
    }

    /** An API client of this admin's institution, created through the API; its JSON holds the secret. */
    JsonNode createClient(String admin, String slug, String name) {
        return json(expect(
                send(admin, "POST", "/api/v1/tenants/" + slug + "/api-clients", "{\"name\":\"" + name + "\"}"), 201));
    }

    /** Revokes the client if it still exists (clean-up). */
    void revokeClient(String admin, String slug, String clientId) {
        send(admin, "DELETE", "/api/v1/tenants/" + slug + "/api-clients/" + clientId, null);
    }

    /** A webhook of this admin's institution, registered through the API. */
    JsonNode registerWebhook(String admin, String url, String event) {
        return json(expect(
                send(admin, "POST", "/api/v1/webhooks", "{\"url\":\"" + url + "\",\"events\":[\"" + event + "\"]}"),
                201));
    }

    /** The webhook as the API shows it to this admin: its status code, and its JSON when 200. */
    HttpResponse<String> webhook(String admin, String id) {
        return send(admin, "GET", "/api/v1/webhooks/" + id, null);
    }

    /** Deletes every webhook of this admin's institution whose URL starts so (clean-up). */
    void deleteWebhooksTo(String admin, String urlPrefix) {
        for (JsonNode hook : json(send(admin, "GET", "/api/v1/webhooks", null)).path("items")) {
            if (hook.path("url").asString().startsWith(urlPrefix)) {
                send(admin, "DELETE", "/api/v1/webhooks/" + hook.path("id").asString(), null);
            }
        }
    }

    /** Standard Webhooks' signature of a request, computed here independently of the API's code. */
    static String signature(String secret, Receiver.Received got) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] signed =
                mac.doFinal((got.id() + "." + got.timestamp() + "." + got.body()).getBytes(StandardCharsets.UTF_8));
        return "v1," + Base64.getEncoder().encodeToString(signed);
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(String admin, String method, String path, String body) {
        return stack.callApi(method, path, admin, body);
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(
                    "expected " + status + ", got " + response.statusCode() + ": " + response.body());
        }
        return response;
    }
}

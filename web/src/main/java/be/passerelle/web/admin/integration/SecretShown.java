package be.passerelle.web.admin.integration;

import java.io.Serial;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A secret the API answered once, on its way to the one page that shows it: carried as a flash attribute
 * across the redirect after the {@code POST} (so it leaves the session with that rendering), never logged
 * ({@link #toString()} leaves it out).
 *
 * @param kind {@code client}, {@code rotatedClient}, {@code webhook} or {@code rotatedWebhook}
 * @param subject what it belongs to as the page names it: the client's name or the webhook's URL
 * @param id the client's id or the webhook's id
 * @param secret the secret itself
 * @param tokenEndpoint where a client obtains tokens with it ({@code null} for a webhook)
 * @param previousExpiresAt after a rotation, until when the previous secret keeps working; else {@code null}
 */
record SecretShown(
        String kind, String subject, String id, String secret, String tokenEndpoint, OffsetDateTime previousExpiresAt)
        implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    /** The flash attribute's name. */
    static final String ATTRIBUTE = "secretShown";

    static SecretShown newClient(String name, String clientId, String secret, String tokenEndpoint) {
        return new SecretShown("client", name, clientId, secret, tokenEndpoint, null);
    }

    static SecretShown rotatedClient(
            String name, String clientId, String secret, String tokenEndpoint, OffsetDateTime previousExpiresAt) {
        return new SecretShown("rotatedClient", name, clientId, secret, tokenEndpoint, previousExpiresAt);
    }

    static SecretShown newWebhook(String url, UUID id, String secret) {
        return new SecretShown("webhook", url, String.valueOf(id), secret, null, null);
    }

    static SecretShown rotatedWebhook(String url, UUID id, String secret, OffsetDateTime previousExpiresAt) {
        return new SecretShown("rotatedWebhook", url, String.valueOf(id), secret, null, previousExpiresAt);
    }

    public boolean rotated() {
        return previousExpiresAt != null;
    }

    public boolean forClient() {
        return tokenEndpoint != null;
    }

    /** The page's sentence that introduces the secret ({@code {0}}: what it belongs to). */
    public String messageKey() {
        return switch (kind) {
            case "client" -> "apiClients.secret.new";
            case "rotatedClient" -> "apiClients.secret.rotated";
            case "rotatedWebhook" -> "webhooks.secret.rotated";
            default -> "webhooks.secret.new";
        };
    }

    /** The page's sentence on the previous secret's grace period ({@code {0}} until, {@code {1}} hours). */
    public String graceKey() {
        return forClient() ? "apiClients.secret.grace" : "webhooks.secret.grace";
    }

    @Override
    public String toString() {
        return "SecretShown[kind=" + kind + ", id=" + id + ", secret=(not shown)]";
    }
}

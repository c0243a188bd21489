package be.passerelle.core.webhook;

import java.util.Objects;

/** A new endpoint and its signing secret, which is shown this once. */
public record RegisteredWebhook(WebhookEndpoint endpoint, WebhookSecret secret) {
    public RegisteredWebhook {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(secret, "secret");
    }
}

package be.passerelle.core.webhook;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An endpoint's new signing secret, shown this once, and the instant its previous secret stops
 * signing.
 */
public record RotatedSecret(UUID endpointId, WebhookSecret secret, Instant previousSecretExpiresAt) {
    public RotatedSecret {
        Objects.requireNonNull(endpointId, "endpointId");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(previousSecretExpiresAt, "previousSecretExpiresAt");
    }
}

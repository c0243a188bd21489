package be.passerelle.core.tenant;

import java.time.Instant;
import java.util.Objects;

/**
 * An API client's new secret, shown once, and the instant its previous secret stops being accepted
 * (until then both obtain tokens).
 */
public record RotatedSecret(String clientId, String clientSecret, Instant previousSecretExpiresAt) {
    public RotatedSecret {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(previousSecretExpiresAt, "previousSecretExpiresAt");
    }

    @Override
    public String toString() {
        return "RotatedSecret[clientId=" + clientId + ", clientSecret=***, previousSecretExpiresAt="
                + previousSecretExpiresAt + "]";
    }
}

package be.passerelle.core.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The secrets an endpoint's messages are signed with: the current one and, for a grace period after
 * a rotation, the previous one, so that a receiver still configured with the old secret keeps
 * verifying until it switches (Standard Webhooks allows several signatures in one header).
 *
 * @param previousUntil the instant the previous secret stops signing; present exactly when {@code previous} is
 */
public record SigningSecrets(WebhookSecret current, Optional<WebhookSecret> previous, Optional<Instant> previousUntil) {
    public SigningSecrets {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(previousUntil, "previousUntil");
        if (previous.isPresent() != previousUntil.isPresent()) {
            throw new IllegalArgumentException("a previous secret comes with the instant it stops signing");
        }
    }

    public static SigningSecrets only(WebhookSecret current) {
        return new SigningSecrets(current, Optional.empty(), Optional.empty());
    }

    /** The secrets that sign at {@code now}: the current one first, then the previous one until its grace ends. */
    public List<WebhookSecret> signingAt(Instant now) {
        if (previous.isPresent() && now.isBefore(previousUntil.orElseThrow())) {
            return List.of(current, previous.get());
        }
        return List.of(current);
    }

    @Override
    public String toString() {
        return "SigningSecrets[hidden]";
    }
}

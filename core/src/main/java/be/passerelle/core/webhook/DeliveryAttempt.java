package be.passerelle.core.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One try at sending an event to an endpoint: when, how long, the HTTP status if a response came,
 * and otherwise what went wrong. Never the body.
 */
public record DeliveryAttempt(Instant attemptedAt, Duration duration, OptionalInt statusCode, Optional<String> error) {
    public DeliveryAttempt {
        Objects.requireNonNull(attemptedAt, "attemptedAt");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(statusCode, "statusCode");
        Objects.requireNonNull(error, "error");
    }

    /** A 2xx answer is a delivery; anything else, or no answer, is retried. */
    public boolean succeeded() {
        return error.isEmpty() && statusCode.isPresent() && statusCode.getAsInt() / 100 == 2;
    }
}

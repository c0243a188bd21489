package be.passerelle.core.shared;

import java.time.Duration;
import java.util.Optional;

/**
 * The request collides with another change of the same resource: a concurrent update that won, or
 * an identical request still in progress (with {@code Retry-After} when retrying helps).
 */
public non-sealed class Conflict extends DomainException {
    private final Optional<Duration> retryAfter;

    public Conflict(String message) {
        this(message, Optional.empty());
    }

    public Conflict(String message, Optional<Duration> retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Optional<Duration> retryAfter() {
        return retryAfter;
    }

    @Override
    public final Kind kind() {
        return Kind.CONFLICT;
    }
}

package be.passerelle.core.shared;

import java.time.Duration;
import java.util.Objects;

/** Too many requests from this client; try again after {@link #retryAfter()} (HTTP 429). */
public final class RateLimited extends DomainException {
    private final Duration retryAfter;

    public RateLimited(Duration retryAfter) {
        super("too many requests, try again later");
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}

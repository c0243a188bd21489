package be.passerelle.core.shared;

import java.time.Duration;
import java.util.Objects;

/** Too many requests from this client; try again after {@link #retryAfter()}. */
public final class RateLimited extends DomainException {
    private final Duration retryAfter;

    public RateLimited(Duration retryAfter) {
        super("too many requests, try again later");
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** Refused by the named limit (a policy of the edge's rate limits). */
    public RateLimited(String policy, Duration retryAfter) {
        super("too many requests (policy " + policy + "), try again later");
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public Kind kind() {
        return Kind.RATE_LIMITED;
    }
}

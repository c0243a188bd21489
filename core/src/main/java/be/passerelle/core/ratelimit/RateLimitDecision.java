package be.passerelle.core.ratelimit;

import java.time.Duration;
import java.util.Objects;

/**
 * The answer to one request against one {@link RateLimit}: whether it may go on, how many requests
 * are left in the window and when the window ends ({@code reset}; the wait before retrying when
 * refused).
 */
public record RateLimitDecision(RateLimit limit, boolean allowed, long remaining, Duration reset) {
    public RateLimitDecision {
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(reset, "reset");
        remaining = Math.max(0, Math.min(remaining, limit.requests()));
    }

    /** Seconds until the window ends, rounded up, at least 1 (the {@code Retry-After} of a refusal). */
    public long resetSeconds() {
        return Math.max(1, (reset.toMillis() + 999) / 1000);
    }
}

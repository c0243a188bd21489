package be.passerelle.core.ratelimit;

import java.time.Duration;
import java.util.Objects;

/**
 * A named budget: at most {@code requests} per fixed {@code window} and key (a tenant, an API
 * client, a client address). The name is the policy's identifier in the {@code RateLimit-Policy}
 * header.
 */
public record RateLimit(String policy, long requests, Duration window) {
    public RateLimit {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(window, "window");
        if (!policy.matches("[a-z][a-z0-9-]{0,30}")) {
            throw new IllegalArgumentException("a policy name is a short lower-case token: " + policy);
        }
        if (requests < 1) {
            throw new IllegalArgumentException("a rate limit allows at least one request per window");
        }
        if (window.toSeconds() < 1 || window.toMillis() % 1000 != 0) {
            throw new IllegalArgumentException("a rate-limit window is a whole number of seconds");
        }
    }

    public RateLimit withRequests(long other) {
        return new RateLimit(policy, other, window);
    }
}

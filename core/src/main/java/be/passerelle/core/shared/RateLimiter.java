package be.passerelle.core.shared;

import java.time.Duration;
import java.util.Optional;

/** A rate limit per client key; the adapter decides the budget and where the counts live. */
public interface RateLimiter {

    /** Takes one request from {@code client}'s budget; empty when allowed, else how long to wait. */
    Optional<Duration> acquire(String client);
}

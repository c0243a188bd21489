package be.passerelle.infra.ratelimit;

import be.passerelle.core.shared.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An in-memory rate limit per client: at most {@code limit} requests per fixed window. Per API
 * node (a shared, database-backed limiter replaces it when the abuse protections land); windows of
 * idle clients are dropped when they end, so memory stays bounded by the active clients.
 */
public final class FixedWindowRateLimiter implements RateLimiter {
    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(long start, int count) {}

    public FixedWindowRateLimiter(int limit, Duration window, Clock clock) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a rate limit allows at least one request per positive window");
        }
        this.limit = limit;
        this.window = window;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<Duration> acquire(String client) {
        long now = clock.millis();
        long length = window.toMillis();
        long start = now - Math.floorMod(now, length);
        if (windows.size() > 10_000) {
            windows.values().removeIf(w -> w.start() < start);
        }
        Window current = windows.compute(
                Objects.requireNonNull(client, "client"),
                (key, w) -> w == null || w.start() != start ? new Window(start, 1) : new Window(start, w.count() + 1));
        if (current.count() <= limit) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis(Math.max(1000, start + length - now)));
    }
}

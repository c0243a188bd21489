package be.passerelle.core.ratelimit;

import be.passerelle.core.shared.Unavailable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fixed-window rate limits whose counts live in the shared store ({@link RateLimitCounters}), so
 * that they hold across API nodes; each node keeps only a small reservation per active key.
 *
 * <p><b>Reservations instead of a round trip per request.</b> When a key's reservation on this node
 * is used up, the node adds a block of {@link #reservation(RateLimit) up to 1/20 of the limit (at
 * most 100)} requests to the shared count in one atomic statement and hands them out locally until
 * they are gone; a key whose limit is known to be reached in this window is refused locally, without
 * the store, until the window ends. A limit of 30 per minute thus still costs a round trip per
 * request, a tenant's 6 000 per minute one per 100 requests, and a flood past the limit none.
 *
 * <p><b>Trade-off.</b> The nodes together never let more than the limit through in a window (every
 * request handed out was counted in the store first). But requests one node reserved and did not
 * use are lost to the others for that window: with {@code n} nodes a key may be refused up to {@code
 * n × (block − 1)} requests early (at most 5 % of the limit per node), and an idle node's remainder
 * expires with the window. As with any fixed window, a client may send up to twice the limit
 * across a window boundary. While the store cannot be reached the limiter lets requests through
 * uncounted (fail open) for a second at a time: the store is the API's own database, so such
 * requests fail on their own with a 503 unless they need no database at all.
 */
public final class SharedRateLimiter {
    static final int MAX_RESERVATION = 100;
    static final int RESERVATION_DIVISOR = 20;
    private static final long OUTAGE_PAUSE_MS = 1000;
    private static final int MAX_LOCAL_KEYS = 10_000;

    private final RateLimitCounters counters;
    private final Clock clock;
    private final Map<String, Local> locals = new ConcurrentHashMap<>();
    private volatile long storeUnavailableUntil;

    /** This node's view of one key in its current window; guarded by its own monitor. */
    private static final class Local {
        long windowStart = Long.MIN_VALUE;
        long windowEnd;
        long reserved;
        long counted;
        long requests;
        boolean exhausted;
    }

    public SharedRateLimiter(RateLimitCounters counters, Clock clock) {
        this.counters = Objects.requireNonNull(counters, "counters");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Takes one request from {@code key}'s budget under {@code limit}. */
    public RateLimitDecision acquire(String key, RateLimit limit) {
        Objects.requireNonNull(key, "key");
        long now = clock.millis();
        long length = limit.window().toMillis();
        long start = now - Math.floorMod(now, length);
        long end = start + length;
        Duration reset = Duration.ofMillis(end - now);
        String stored = limit.policy() + ":" + key + "/" + limit.window().toSeconds();
        if (locals.size() > MAX_LOCAL_KEYS) {
            locals.values().removeIf(l -> l.windowEnd <= now);
        }
        Local local = locals.computeIfAbsent(stored, k -> new Local());
        synchronized (local) {
            if (local.windowStart != start) {
                local.windowStart = start;
                local.windowEnd = end;
                local.reserved = 0;
                local.counted = 0;
                local.exhausted = false;
            }
            if (local.requests != limit.requests()) {
                // the tenant's budget changed: look at the shared count again under the new one
                local.requests = limit.requests();
                local.exhausted = false;
                local.reserved = Math.min(local.reserved, Math.max(0, limit.requests() - local.counted));
            }
            if (local.reserved > 0) {
                local.reserved--;
                return new RateLimitDecision(limit, true, remaining(local, limit), reset);
            }
            if (local.exhausted) {
                return new RateLimitDecision(limit, false, 0, reset);
            }
            if (now < storeUnavailableUntil) {
                return new RateLimitDecision(limit, true, remaining(local, limit), reset);
            }
            long block = reservation(limit);
            long total;
            try {
                total = counters.add(stored, Instant.ofEpochMilli(start), Instant.ofEpochMilli(end), block);
            } catch (Unavailable e) {
                storeUnavailableUntil = now + OUTAGE_PAUSE_MS;
                return new RateLimitDecision(limit, true, remaining(local, limit), reset);
            }
            long granted = Math.max(0, Math.min(block, limit.requests() - (total - block)));
            local.counted = total;
            if (granted == 0) {
                local.exhausted = true;
                return new RateLimitDecision(limit, false, 0, reset);
            }
            local.reserved = granted - 1;
            return new RateLimitDecision(limit, true, remaining(local, limit), reset);
        }
    }

    /** Deletes the shared counts of windows that have ended (any node may do it; it is idempotent). */
    public int purgeEnded() {
        return counters.purgeEndedBefore(clock.instant());
    }

    /** How many requests one round trip reserves: 1/20 of the limit, at least 1, at most 100. */
    static long reservation(RateLimit limit) {
        return Math.max(1, Math.min(MAX_RESERVATION, limit.requests() / RESERVATION_DIVISOR));
    }

    private static long remaining(Local local, RateLimit limit) {
        return Math.max(0, limit.requests() - local.counted) + local.reserved;
    }
}

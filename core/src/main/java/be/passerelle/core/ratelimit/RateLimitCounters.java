package be.passerelle.core.ratelimit;

import java.time.Instant;

/** Request counts per key and fixed window, shared by every API node. */
public interface RateLimitCounters {

    /**
     * Adds {@code requests} to {@code key}'s count in the window {@code [start, end)}, atomically.
     *
     * @return the count after the addition, this node's and every other node's
     * @throws be.passerelle.core.shared.Unavailable when the store cannot be reached
     */
    long add(String key, Instant start, Instant end, long requests);

    /** Forgets the windows that ended before {@code before}; returns how many. */
    int purgeEndedBefore(Instant before);
}

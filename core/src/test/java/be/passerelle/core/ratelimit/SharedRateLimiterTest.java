package be.passerelle.core.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.shared.Unavailable;
import be.passerelle.core.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SharedRateLimiterTest {
    private static final Instant START = Instant.parse("2026-11-28T10:00:10Z");
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final TestClock clock = new TestClock(START);
    private final CountingStore store = new CountingStore();
    private final SharedRateLimiter limiter = new SharedRateLimiter(store, clock);

    @Test
    void allows_the_limit_then_refuses_until_the_window_ends() {
        RateLimit limit = new RateLimit("anonymous", 3, MINUTE);

        assertThat(limiter.acquire("198.51.100.7", limit).remaining()).isEqualTo(2);
        assertThat(limiter.acquire("198.51.100.7", limit).remaining()).isEqualTo(1);
        RateLimitDecision last = limiter.acquire("198.51.100.7", limit);
        assertThat(last.allowed()).isTrue();
        assertThat(last.remaining()).isZero();

        RateLimitDecision refused = limiter.acquire("198.51.100.7", limit);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.remaining()).isZero();
        assertThat(refused.reset()).isEqualTo(Duration.ofSeconds(50));
        assertThat(refused.resetSeconds()).isEqualTo(50);

        clock.advance(Duration.ofSeconds(49));
        assertThat(limiter.acquire("198.51.100.7", limit).allowed()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        RateLimitDecision nextWindow = limiter.acquire("198.51.100.7", limit);
        assertThat(nextWindow.allowed()).isTrue();
        assertThat(nextWindow.remaining()).isEqualTo(2);
        assertThat(nextWindow.resetSeconds()).isEqualTo(60);
    }

    @Test
    void a_large_limit_reserves_blocks_so_most_requests_need_no_round_trip() {
        RateLimit limit = new RateLimit("tenant", 6000, MINUTE);

        for (int i = 0; i < 250; i++) {
            RateLimitDecision decision = limiter.acquire("tenant-a", limit);
            assertThat(decision.allowed()).isTrue();
            assertThat(decision.remaining()).isEqualTo(6000 - i - 1);
        }

        assertThat(store.roundTrips).isEqualTo(3);
        assertThat(store.count("tenant:tenant-a/60")).isEqualTo(300);
    }

    @Test
    void reservations_are_a_twentieth_of_the_limit_from_1_to_100() {
        assertThat(SharedRateLimiter.reservation(new RateLimit("a", 30, MINUTE)))
                .isEqualTo(1);
        assertThat(SharedRateLimiter.reservation(new RateLimit("a", 600, MINUTE)))
                .isEqualTo(30);
        assertThat(SharedRateLimiter.reservation(new RateLimit("a", 6000, MINUTE)))
                .isEqualTo(100);
        assertThat(SharedRateLimiter.reservation(new RateLimit("a", 1, MINUTE))).isEqualTo(1);
    }

    @Test
    void two_nodes_on_the_same_counts_never_let_more_than_the_limit_through() {
        SharedRateLimiter otherNode = new SharedRateLimiter(store, clock);
        RateLimit limit = new RateLimit("tenant", 100, MINUTE);
        int allowed = 0;
        for (int i = 0; i < 300; i++) {
            SharedRateLimiter node = i % 3 == 0 ? otherNode : limiter;
            if (node.acquire("tenant-b", limit).allowed()) {
                allowed++;
            }
        }
        // each node may hold back at most one unused block (5 requests) at the end of the window
        assertThat(allowed).isBetween(100 - 2 * 4, 100);
    }

    @Test
    void a_refused_key_is_refused_locally_for_the_rest_of_its_window() {
        RateLimit limit = new RateLimit("citizen-status", 2, MINUTE);
        limiter.acquire("203.0.113.9", limit);
        limiter.acquire("203.0.113.9", limit);
        assertThat(limiter.acquire("203.0.113.9", limit).allowed()).isFalse();
        int roundTrips = store.roundTrips;

        for (int i = 0; i < 1000; i++) {
            assertThat(limiter.acquire("203.0.113.9", limit).allowed()).isFalse();
        }

        assertThat(store.roundTrips).isEqualTo(roundTrips);
    }

    @Test
    void keys_and_policies_are_counted_apart() {
        RateLimit anonymous = new RateLimit("anonymous", 1, MINUTE);
        RateLimit status = new RateLimit("citizen-status", 1, MINUTE);

        assertThat(limiter.acquire("192.0.2.1", anonymous).allowed()).isTrue();
        assertThat(limiter.acquire("192.0.2.1", anonymous).allowed()).isFalse();
        assertThat(limiter.acquire("192.0.2.2", anonymous).allowed()).isTrue();
        assertThat(limiter.acquire("192.0.2.1", status).allowed()).isTrue();
    }

    @Test
    void a_changed_budget_applies_within_the_window() {
        RateLimit two = new RateLimit("tenant", 2, MINUTE);
        limiter.acquire("tenant-c", two);
        limiter.acquire("tenant-c", two);
        assertThat(limiter.acquire("tenant-c", two).allowed()).isFalse();

        RateLimitDecision raised = limiter.acquire("tenant-c", two.withRequests(5));

        assertThat(raised.allowed()).isTrue();
        assertThat(limiter.acquire("tenant-c", two.withRequests(5)).allowed()).isTrue();
        assertThat(limiter.acquire("tenant-c", two.withRequests(1)).allowed()).isFalse();
    }

    @Test
    void an_unreachable_store_lets_requests_through_and_is_asked_again_after_a_second() {
        RateLimit limit = new RateLimit("anonymous", 1, MINUTE);
        store.down = true;
        assertThat(limiter.acquire("192.0.2.3", limit).allowed()).isTrue();
        assertThat(limiter.acquire("192.0.2.3", limit).allowed()).isTrue();
        assertThat(store.roundTrips).isEqualTo(1);

        store.down = false;
        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.acquire("192.0.2.3", limit).allowed()).isTrue();
        assertThat(limiter.acquire("192.0.2.3", limit).allowed()).isFalse();
    }

    @Test
    void ended_windows_are_purged_from_the_store() {
        limiter.acquire("192.0.2.4", new RateLimit("anonymous", 10, MINUTE));
        assertThat(limiter.purgeEnded()).isZero();

        clock.advance(MINUTE);

        assertThat(limiter.purgeEnded()).isEqualTo(1);
    }

    @Test
    void a_rate_limit_has_a_name_a_positive_budget_and_whole_seconds() {
        assertThatThrownBy(() -> new RateLimit("anonymous", 0, MINUTE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimit("anonymous", 1, Duration.ofMillis(1500)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimit("Not a name", 1, MINUTE)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The shared store as a map: what the PostgreSQL adapter does in one statement, counted. */
    private static final class CountingStore implements RateLimitCounters {
        private final Map<String, Long> counts = new HashMap<>();
        private final Map<String, Instant> ends = new HashMap<>();
        int roundTrips;
        boolean down;

        @Override
        public synchronized long add(String key, Instant start, Instant end, long requests) {
            roundTrips++;
            if (down) {
                throw new Unavailable("down");
            }
            String row = key + "@" + start;
            ends.put(row, end);
            return counts.merge(row, requests, Long::sum);
        }

        @Override
        public synchronized int purgeEndedBefore(Instant before) {
            int purged = 0;
            for (String row : Map.copyOf(ends).keySet()) {
                if (ends.get(row).isBefore(before)) {
                    ends.remove(row);
                    counts.remove(row);
                    purged++;
                }
            }
            return purged;
        }

        long count(String key) {
            return counts.entrySet().stream()
                    .filter(e -> e.getKey().startsWith(key + "@"))
                    .mapToLong(Map.Entry::getValue)
                    .sum();
        }
    }
}

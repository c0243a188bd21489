package be.passerelle.persistence.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.core.ratelimit.RateLimit;
import be.passerelle.core.ratelimit.SharedRateLimiter;
import be.passerelle.persistence.TestPersistence;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Two limiters on two pools, as two API nodes, over the same database. */
class RateLimitCountersIT {
    // an hour-long window: a test does not straddle two windows
    private static final Duration HOUR = Duration.ofHours(1);

    private final SharedRateLimiter nodeA = new SharedRateLimiter(
            new JooqRateLimitCounters(TestPersistence.shared().applicationPool), Clock.systemUTC());
    private final SharedRateLimiter nodeB = new SharedRateLimiter(
            new JooqRateLimitCounters(TestPersistence.withApplicationPoolOf(2).applicationPool), Clock.systemUTC());

    @Test
    void two_nodes_count_together() {
        String client = "203.0.113." + UUID.randomUUID();
        RateLimit limit = new RateLimit("anonymous", 10, HOUR);
        for (int i = 0; i < 5; i++) {
            assertThat(nodeA.acquire(client, limit).allowed()).isTrue();
            assertThat(nodeB.acquire(client, limit).allowed()).isTrue();
        }

        assertThat(nodeA.acquire(client, limit).allowed()).isFalse();
        assertThat(nodeB.acquire(client, limit).allowed()).isFalse();
        assertThat(nodeA.acquire("another-" + client, limit).allowed()).isTrue();
    }

    @Test
    void concurrent_requests_on_two_nodes_never_pass_the_limit() throws Exception {
        String tenant = UUID.randomUUID().toString();
        RateLimit limit = new RateLimit("tenant", 200, HOUR);
        AtomicInteger allowed = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<Void>> callers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                SharedRateLimiter node = t % 2 == 0 ? nodeA : nodeB;
                callers.add(CompletableFuture.runAsync(
                        () -> {
                            await(start);
                            for (int i = 0; i < 100; i++) {
                                if (node.acquire(tenant, limit).allowed()) {
                                    allowed.incrementAndGet();
                                }
                            }
                        },
                        pool));
            }
            start.countDown();
            CompletableFuture.allOf(callers.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        // 400 attempts for 200 requests: each node may hold back one unused block of 10 at most
        assertThat(allowed.get()).isBetween(200 - 2 * 9, 200);
    }

    @Test
    void ended_windows_are_purged() {
        JooqRateLimitCounters counters = new JooqRateLimitCounters(TestPersistence.shared().applicationPool);
        String key = "purge-" + UUID.randomUUID();
        Instant start = Instant.parse("2020-01-01T00:00:00Z");
        assertThat(counters.add(key, start, start.plusSeconds(60), 3)).isEqualTo(3);
        assertThat(counters.add(key, start, start.plusSeconds(60), 2)).isEqualTo(5);

        assertThat(counters.purgeEndedBefore(start.plusSeconds(61))).isGreaterThanOrEqualTo(1);

        assertThat(counters.add(key, start, start.plusSeconds(60), 1)).isEqualTo(1);
        counters.purgeEndedBefore(start.plusSeconds(61));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

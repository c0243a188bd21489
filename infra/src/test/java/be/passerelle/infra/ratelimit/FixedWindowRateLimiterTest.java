package be.passerelle.infra.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FixedWindowRateLimiterTest {

    @Test
    void a_client_gets_its_budget_per_window_then_waits_for_the_next_one() {
        Instant start = Instant.parse("2026-11-27T10:00:00Z");
        FixedWindowRateLimiter limiter =
                new FixedWindowRateLimiter(3, Duration.ofMinutes(1), Clock.fixed(start, ZoneOffset.UTC));
        assertThat(limiter.acquire("a")).isEmpty();
        assertThat(limiter.acquire("a")).isEmpty();
        assertThat(limiter.acquire("a")).isEmpty();
        assertThat(limiter.acquire("a")).contains(Duration.ofMinutes(1));
        assertThat(limiter.acquire("b")).as("another client has its own budget").isEmpty();

        FixedWindowRateLimiter later = new FixedWindowRateLimiter(
                3, Duration.ofMinutes(1), Clock.fixed(start.plusSeconds(60), ZoneOffset.UTC));
        assertThat(later.acquire("a")).isEmpty();
    }

    @Test
    void the_wait_is_what_remains_of_the_window() {
        Instant at = Instant.parse("2026-11-27T10:00:45Z");
        FixedWindowRateLimiter limiter =
                new FixedWindowRateLimiter(1, Duration.ofMinutes(1), Clock.fixed(at, ZoneOffset.UTC));
        limiter.acquire("a");
        assertThat(limiter.acquire("a")).contains(Duration.ofSeconds(15));
    }
}

package be.passerelle.core.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When to try a failed delivery again: exponential backoff from {@code first}, doubling up to
 * {@code longest}, each delay drawn at random between 75 % and 100 % of its nominal value (jitter,
 * so that endpoints recovering together are not hit together). An endpoint still failing
 * {@code giveUpAfter} after its first failure is disabled. With the defaults (10 s doubling to
 * 8 h, for 3 days) an endpoint gets about 20 attempts.
 */
public record RetrySchedule(Duration first, Duration longest, Duration giveUpAfter) {
    public static final RetrySchedule DEFAULT =
            new RetrySchedule(Duration.ofSeconds(10), Duration.ofHours(8), Duration.ofDays(3));

    public RetrySchedule {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(longest, "longest");
        Objects.requireNonNull(giveUpAfter, "giveUpAfter");
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0 || giveUpAfter.isNegative()) {
            throw new IllegalArgumentException("retry schedule: 0 < first ≤ longest, giveUpAfter ≥ 0");
        }
    }

    /** The nominal delay after the {@code failures}-th consecutive failure (1 for the first). */
    public Duration nominalDelay(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures ≥ 1");
        }
        Duration delay = first;
        for (int i = 1; i < failures && delay.compareTo(longest) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(longest) > 0 ? longest : delay;
    }

    /** The next attempt's time after a failure, or empty when the endpoint has failed for too long. */
    public Optional<Instant> next(int failures, Instant failingSince, Instant now, RandomGenerator random) {
        if (!now.isBefore(failingSince.plus(giveUpAfter))) {
            return Optional.empty();
        }
        long nominal = nominalDelay(failures).toMillis();
        long jittered = nominal - (long) (random.nextDouble() * nominal / 4);
        return Optional.of(now.plusMillis(jittered));
    }
}

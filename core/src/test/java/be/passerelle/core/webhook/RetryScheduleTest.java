package be.passerelle.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {
    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void delays_double_from_ten_seconds_up_to_eight_hours() {
        RetrySchedule schedule = RetrySchedule.DEFAULT;

        assertThat(schedule.nominalDelay(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(schedule.nominalDelay(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(schedule.nominalDelay(5)).isEqualTo(Duration.ofSeconds(160));
        assertThat(schedule.nominalDelay(13)).isEqualTo(Duration.ofHours(8));
        assertThat(schedule.nominalDelay(1000)).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void each_delay_is_jittered_between_three_quarters_and_all_of_its_nominal_value() {
        Random random = new Random(3);
        for (int failures = 1; failures < 20; failures++) {
            Duration nominal = RetrySchedule.DEFAULT.nominalDelay(failures);
            Instant next = RetrySchedule.DEFAULT.next(failures, T0, T0, random).orElseThrow();
            assertThat(Duration.between(T0, next))
                    .isBetween(nominal.multipliedBy(3).dividedBy(4), nominal);
        }
    }

    @Test
    void an_endpoint_failing_for_three_days_is_given_up() {
        assertThat(RetrySchedule.DEFAULT.next(
                        30, T0, T0.plus(Duration.ofDays(3)).minusSeconds(1), new Random(4)))
                .isPresent();
        assertThat(RetrySchedule.DEFAULT.next(30, T0, T0.plus(Duration.ofDays(3)), new Random(4)))
                .isEqualTo(Optional.empty());
    }

    @Test
    void the_real_schedule_tries_about_twenty_times_over_three_days() {
        Random random = new Random(5);
        Instant now = T0;
        int attempts = 1;
        Optional<Instant> next;
        while ((next = RetrySchedule.DEFAULT.next(attempts, T0, now, random)).isPresent()) {
            now = next.get();
            attempts++;
        }
        assertThat(attempts).isBetween(18, 24);
        assertThat(Duration.between(T0, now)).isGreaterThanOrEqualTo(Duration.ofDays(3));
    }
}

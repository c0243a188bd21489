package be.passerelle.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** The real scheduler with jobs that run every few milliseconds; latches, no sleeps. */
class JobSchedulerTest {
    private static final Duration OFTEN = Duration.ofMillis(5);

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final JobRunner runner = new JobRunner(
            (lock, work) -> {
                work.run();
                return true;
            },
            meters);
    private final ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();
    private JobScheduler scheduler;

    @AfterEach
    void stop() {
        registrar.destroy();
        scheduler.destroy();
    }

    @Test
    void a_blocked_slow_job_does_not_hold_back_another_job() throws InterruptedException {
        CountDownLatch slowStarted = new CountDownLatch(1);
        CountDownLatch releaseSlow = new CountDownLatch(1);
        CountDownLatch fastRuns = new CountDownLatch(3);
        Job slow = Job.oneNodeAtATime("slow", Job.every(OFTEN, Duration.ZERO), () -> {
            slowStarted.countDown();
            await(releaseSlow);
        });
        Job fast = Job.oneNodeAtATime("fast", Job.every(OFTEN, OFTEN), fastRuns::countDown);

        try {
            start(slow, fast);
            assertThat(slowStarted.await(10, TimeUnit.SECONDS)).isTrue();

            assertThat(fastRuns.await(10, TimeUnit.SECONDS))
                    .as("the fast job ran three times while the slow one was blocked")
                    .isTrue();
            assertThat(releaseSlow.getCount()).isEqualTo(1);
        } finally {
            releaseSlow.countDown();
        }
    }

    @Test
    void a_failing_job_runs_again_at_its_next_time_and_each_failure_is_counted() throws InterruptedException {
        CountDownLatch attempts = new CountDownLatch(3);
        Job failing = Job.oneNodeAtATime("failing", Job.every(OFTEN, Duration.ZERO), () -> {
            attempts.countDown();
            throw new IllegalStateException("no database");
        });

        start(failing);

        assertThat(attempts.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(meters.get(JobRunner.METRIC)
                        .tag("name", "failing")
                        .tag("outcome", "failure")
                        .timer()
                        .count())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void the_pool_has_a_thread_per_job() {
        AtomicInteger ignored = new AtomicInteger();
        Job a = Job.onEveryNode("a", Job.every(Duration.ofHours(1), Duration.ofHours(1)), ignored::incrementAndGet);
        Job b = Job.onEveryNode("b", Job.every(Duration.ofHours(1), Duration.ofHours(1)), ignored::incrementAndGet);
        Job c = Job.onEveryNode("c", Job.every(Duration.ofHours(1), Duration.ofHours(1)), ignored::incrementAndGet);

        start(a, b, c);

        assertThat(scheduler.threads()).isEqualTo(3);
        assertThat(registrar.getScheduledTasks()).hasSize(3);
    }

    private void start(Job... jobs) {
        scheduler = new JobScheduler(List.of(jobs), runner);
        scheduler.configureTasks(registrar);
        registrar.afterPropertiesSet();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

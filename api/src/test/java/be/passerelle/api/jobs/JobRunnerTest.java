package be.passerelle.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class JobRunnerTest {
    private static final NodeLock FREE = (lock, work) -> {
        work.run();
        return true;
    };
    private static final NodeLock HELD_ELSEWHERE = (lock, work) -> false;

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final Logger logger = (Logger) LoggerFactory.getLogger(JobRunner.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void captureLogs() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void releaseLogs() {
        logger.detachAppender(logged);
    }

    @Test
    void a_failing_run_is_logged_with_the_job_name_counted_and_not_thrown() {
        JobRunner runner = new JobRunner(FREE, meters);
        Job failing = Job.oneNodeAtATime("exploding", every(), () -> {
            throw new IllegalStateException("database gone");
        });

        assertThatCode(() -> runner.run(failing)).doesNotThrowAnyException();
        assertThatCode(() -> runner.run(failing)).doesNotThrowAnyException();

        assertThat(count("exploding", "failure")).isEqualTo(2);
        assertThat(logged.list)
                .filteredOn(event -> event.getLevel() == Level.WARN)
                .extracting(ILoggingEvent::getFormattedMessage)
                .containsOnly("job exploding failed: java.lang.IllegalStateException: database gone");
    }

    @Test
    void a_successful_run_is_timed_under_its_name() {
        JobRunner runner = new JobRunner(FREE, meters);
        AtomicInteger runs = new AtomicInteger();

        runner.run(Job.oneNodeAtATime("counting", every(), runs::incrementAndGet));

        assertThat(runs).hasValue(1);
        assertThat(count("counting", "success")).isEqualTo(1);
        assertThat(meters.get(JobRunner.METRIC)
                        .tag("name", "counting")
                        .timer()
                        .totalTime(java.util.concurrent.TimeUnit.NANOSECONDS))
                .isPositive();
    }

    @Test
    void a_run_whose_lock_is_held_elsewhere_is_skipped_and_counted_as_skipped() {
        JobRunner runner = new JobRunner(HELD_ELSEWHERE, meters);
        AtomicInteger runs = new AtomicInteger();

        runner.run(Job.oneNodeAtATime("locked", every(), runs::incrementAndGet));

        assertThat(runs).hasValue(0);
        assertThat(count("locked", "skipped")).isEqualTo(1);
    }

    @Test
    void the_lock_taken_is_the_one_the_job_names_and_none_for_work_of_every_node() {
        List<String> locks = new ArrayList<>();
        JobRunner runner = new JobRunner(
                (lock, work) -> {
                    locks.add(lock);
                    work.run();
                    return true;
                },
                meters);
        AtomicInteger runs = new AtomicInteger();

        runner.run(
                Job.oneNodeAtATime("reconcile", every(), runs::incrementAndGet).sharingLockWith("refresh"));
        runner.run(Job.onEveryNode("purge", every(), runs::incrementAndGet));

        assertThat(locks).containsExactly("refresh");
        assertThat(runs).hasValue(2);
        assertThat(count("purge", "success")).isEqualTo(1);
    }

    private long count(String name, String outcome) {
        return meters.get(JobRunner.METRIC)
                .tag("name", name)
                .tag("outcome", outcome)
                .timer()
                .count();
    }

    private static org.springframework.scheduling.Trigger every() {
        return Job.every(Duration.ofHours(1), Duration.ofHours(1));
    }
}

package be.passerelle.api.jobs;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one execution of a job under its lock, with the one error policy of background work: a
 * {@link RuntimeException} is logged with the job's name and counted, and never reaches the
 * scheduler (so the next run happens as planned). Every execution is timed in {@value #METRIC},
 * tagged with the job's {@code name} and its {@code outcome}: {@code success}, {@code failure}, or
 * {@code skipped} when another node held the lock.
 */
final class JobRunner {
    static final String METRIC = "passerelle.jobs.runs";
    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final NodeLock lock;
    private final MeterRegistry meters;

    JobRunner(NodeLock lock, MeterRegistry meters) {
        this.lock = lock;
        this.meters = meters;
    }

    void run(Job job) {
        run(job.name(), job.lock(), job.work());
    }

    void run(String name, Optional<String> lockName, Runnable work) {
        Timer.Sample sample = Timer.start(meters);
        String outcome;
        try {
            boolean ran = lockName.map(held -> lock.runExclusively(held, work)).orElseGet(() -> {
                work.run();
                return true;
            });
            outcome = ran ? "success" : "skipped";
        } catch (RuntimeException e) {
            outcome = "failure";
            log.warn("job {} failed: {}", name, e.toString());
            log.debug("job {} failed", name, e);
        }
        sample.stop(meters.timer(METRIC, "name", name, "outcome", outcome));
    }
}

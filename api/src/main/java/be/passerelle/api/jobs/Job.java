package be.passerelle.api.jobs;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.scheduling.support.PeriodicTrigger;

/**
 * One background job: its name (in logs and metrics), when it runs, the {@code JobLock} that keeps it
 * to one node at a time (none for work every node does), and the work. {@link JobRunner} gives every
 * job the same error policy and metrics.
 */
public record Job(String name, Trigger trigger, Optional<String> lock, Runnable work) {

    public Job {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(lock, "lock");
        Objects.requireNonNull(work, "work");
    }

    /** A job that runs on one node at a time, under the lock of its own name. */
    public static Job oneNodeAtATime(String name, Trigger trigger, Runnable work) {
        return new Job(name, trigger, Optional.of(name), work);
    }

    /** A job that every node runs (idempotent work, or work the nodes share through row locks). */
    public static Job onEveryNode(String name, Trigger trigger, Runnable work) {
        return new Job(name, trigger, Optional.empty(), work);
    }

    /** The same job under another job's lock, so that the two never run at the same time. */
    public Job sharingLockWith(String otherJob) {
        return new Job(name, trigger, Optional.of(otherJob), work);
    }

    /** {@code interval} after the end of each run, the first run {@code firstAfter} the start. */
    public static Trigger every(Duration interval, Duration firstAfter) {
        PeriodicTrigger trigger = new PeriodicTrigger(interval);
        trigger.setInitialDelay(firstAfter);
        return trigger;
    }

    /** At the times of a Spring cron expression (six fields, seconds first), in {@code zone}. */
    public static Trigger cron(String expression, ZoneId zone) {
        return new CronTrigger(expression, zone);
    }
}

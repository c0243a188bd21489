package be.passerelle.api.jobs;

/** Runs a job's work unless another node runs it now: the persistence {@code JobLock} in production. */
@FunctionalInterface
interface NodeLock {

    /** @return true when this call ran the work, false when the lock was held elsewhere */
    boolean runExclusively(String lock, Runnable work);
}

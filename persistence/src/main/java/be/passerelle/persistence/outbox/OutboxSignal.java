package be.passerelle.persistence.outbox;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Tells this node's dispatcher that outbox events were committed. Signals coalesce: however many
 * commits happen while the dispatcher works, it runs once more.
 */
public final class OutboxSignal {
    private final Semaphore pending = new Semaphore(0);

    public void signal() {
        if (pending.availablePermits() == 0) {
            pending.release();
        }
    }

    /**
     * Waits for a signal or the timeout, whichever comes first.
     *
     * @return true when signalled
     */
    public boolean await(Duration timeout) throws InterruptedException {
        boolean signalled = pending.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS);
        pending.drainPermits();
        return signalled;
    }
}

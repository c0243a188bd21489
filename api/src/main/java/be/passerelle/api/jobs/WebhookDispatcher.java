package be.passerelle.api.jobs;

import be.passerelle.core.webhook.DispatchWebhooks;
import be.passerelle.persistence.outbox.OutboxSignal;
import java.time.Duration;
import java.util.Optional;
import org.springframework.context.SmartLifecycle;

/**
 * Each node's webhook dispatcher, on its own thread: woken by this node's commits of outbox events,
 * and polling every {@code dispatch-interval} for the others'. Nodes share the work through row
 * locks, so no job lock is needed. Each pass goes through the {@link JobRunner} as {@value #NAME}.
 */
final class WebhookDispatcher implements SmartLifecycle {
    static final String NAME = "webhook-dispatch";

    private final DispatchWebhooks dispatch;
    private final OutboxSignal signal;
    private final Duration interval;
    private final JobRunner runner;
    private volatile Thread thread;

    WebhookDispatcher(DispatchWebhooks dispatch, OutboxSignal signal, Duration interval, JobRunner runner) {
        this.dispatch = dispatch;
        this.signal = signal;
        this.interval = interval;
        this.runner = runner;
    }

    @Override
    public void start() {
        Thread worker = new Thread(this::loop, "webhook-dispatcher");
        worker.setDaemon(true);
        thread = worker;
        worker.start();
    }

    private void loop() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                signal.await(interval);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            runner.run(NAME, Optional.empty(), dispatch::runOnce);
        }
    }

    @Override
    public void stop() {
        Thread worker = thread;
        thread = null;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(Duration.ofSeconds(15).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}

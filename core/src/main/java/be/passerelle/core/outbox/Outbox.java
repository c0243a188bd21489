package be.passerelle.core.outbox;

/**
 * The transactional outbox: an event is recorded in the same unit of work as the change that
 * caused it, and delivered later by a dispatcher.
 */
public interface Outbox {
    void record(OutboxEvent event);
}

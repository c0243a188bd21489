package be.passerelle.persistence.outbox;

import static be.passerelle.persistence.jooq.Tables.OUTBOX_EVENTS;

import be.passerelle.core.outbox.Outbox;
import be.passerelle.core.outbox.OutboxEvent;
import be.passerelle.core.shared.TenantId;
import be.passerelle.persistence.Database;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The outbox table; the application appends, the dispatcher (system role) reads. Once the
 * transaction that recorded events commits, {@code afterCommit} is run (this node's dispatcher
 * wakes up instead of waiting for its next poll).
 */
final class JooqOutbox implements Outbox {
    private final Database database;
    private final Runnable afterCommit;

    JooqOutbox(Database database, Runnable afterCommit) {
        this.database = database;
        this.afterCommit = afterCommit;
    }

    @Override
    public void record(OutboxEvent event) {
        database.dsl()
                .insertInto(OUTBOX_EVENTS)
                .set(OUTBOX_EVENTS.ID, event.id())
                .set(
                        OUTBOX_EVENTS.TENANT_ID,
                        event.tenant().map(TenantId::value).orElse(null))
                .set(
                        OUTBOX_EVENTS.RECIPIENTS,
                        event.recipients().stream().map(TenantId::value).toArray(UUID[]::new))
                .set(OUTBOX_EVENTS.TYPE, event.type())
                .set(OUTBOX_EVENTS.RESOURCE_TYPE, event.resourceType())
                .set(OUTBOX_EVENTS.RESOURCE_ID, event.resourceId())
                .set(OUTBOX_EVENTS.STATE, event.state().orElse(null))
                .set(OUTBOX_EVENTS.LINK, event.link())
                .set(OUTBOX_EVENTS.OCCURRED_AT, event.occurredAt().atOffset(ZoneOffset.UTC))
                .execute();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    afterCommit.run();
                }
            });
        }
    }
}

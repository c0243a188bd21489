package be.passerelle.persistence.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.outbox.OutboxEvent;
import be.passerelle.core.shared.TenantId;
import be.passerelle.persistence.TestPersistence;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The dispatcher is woken by committed outbox events only, and signals coalesce. */
class OutboxSignalIT {
    private static final Duration NO_WAIT = Duration.ZERO;

    @Test
    void a_commit_that_recorded_events_wakes_the_dispatcher_once() throws InterruptedException {
        TestPersistence db = TestPersistence.shared();
        TenantId tenant = db.newTenant("signal");
        OutboxSignal signal = new OutboxSignal();
        JooqOutbox outbox = new JooqOutbox(db.database, signal::signal);

        db.unitOfWork.inTenant(tenant, () -> {
            outbox.record(event(tenant));
            outbox.record(event(tenant));
            return null;
        });

        assertThat(signal.await(NO_WAIT)).isTrue();
        assertThat(signal.await(NO_WAIT))
                .as("two events, one commit: one wake-up")
                .isFalse();
    }

    @Test
    void a_rolled_back_transaction_wakes_nobody() throws InterruptedException {
        TestPersistence db = TestPersistence.shared();
        TenantId tenant = db.newTenant("signal");
        OutboxSignal signal = new OutboxSignal();
        JooqOutbox outbox = new JooqOutbox(db.database, signal::signal);

        assertThatThrownBy(() -> db.unitOfWork.inTenant(tenant, () -> {
                    outbox.record(event(tenant));
                    throw new IllegalStateException("the change fails");
                }))
                .hasMessage("the change fails");

        assertThat(signal.await(NO_WAIT)).isFalse();
    }

    private static OutboxEvent event(TenantId tenant) {
        return new OutboxEvent(
                UUID.randomUUID(),
                "referral.received",
                Instant.now(),
                Optional.of(tenant),
                Set.of(tenant),
                "referral",
                UUID.randomUUID().toString(),
                Optional.of("SENT"),
                "/api/v1/referrals/x");
    }
}

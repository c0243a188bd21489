package be.passerelle.core.referral;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.core.outbox.OutboxEvent;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.TenantStatus;
import be.passerelle.core.testing.DirectUnitOfWork;
import be.passerelle.core.testing.InMemoryTenants;
import be.passerelle.core.testing.RecordingAuditTrail;
import be.passerelle.core.testing.RecordingOutbox;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScanReferralDeadlinesTest {
    /** Thursday 12 March 2026, 10:00 in Brussels. */
    private static final Instant NOW = Instant.parse("2026-03-12T09:00:00Z");

    private final InMemoryTenants tenants = new InMemoryTenants();
    private final FakeScans scans = new FakeScans();
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final ScanReferralDeadlines scan = new ScanReferralDeadlines(
            new DirectUnitOfWork(), tenants, scans, outbox, audit, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void each_earned_mark_is_recorded_once_with_its_event_for_the_receiver() {
        Tenant receiver = tenants.add("receiver");
        UUID dueFriday = scans.waiting(receiver, LocalDate.of(2026, 3, 13));
        UUID dueMonday = scans.waiting(receiver, LocalDate.of(2026, 3, 9)); // escalated after Wednesday

        assertThat(scan.run()).isEqualTo(3);
        assertThat(scan.run()).as("the second scan records nothing").isZero();

        assertThat(scans.marks.get(dueFriday)).containsExactly(DeadlineMark.DUE_SOON);
        assertThat(scans.marks.get(dueMonday)).containsExactlyInAnyOrder(DeadlineMark.OVERDUE, DeadlineMark.ESCALATED);
        assertThat(outbox.events())
                .extracting(OutboxEvent::type)
                .containsExactlyInAnyOrder("referral.due_soon", "referral.overdue", "referral.escalated");
        assertThat(outbox.events()).allSatisfy(event -> {
            assertThat(event.tenant()).contains(receiver.id());
            assertThat(event.recipients()).containsExactly(receiver.id());
            assertThat(event.state()).contains("SENT");
            assertThat(event.link()).isEqualTo("/api/v1/referrals/" + event.resourceId());
        });
        assertThat(audit.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("referral.escalated");
            assertThat(entry.actor().id()).isEqualTo("system:referral-deadline-scan");
            assertThat(entry.targetId()).isEqualTo(dueMonday.toString());
        });
    }

    @Test
    void a_mark_another_node_recorded_first_records_no_event() {
        Tenant receiver = tenants.add("receiver");
        scans.waiting(receiver, LocalDate.of(2026, 3, 13));
        scans.taken = true;

        assertThat(scan.run()).isZero();
        assertThat(outbox.events()).isEmpty();
    }

    @Test
    void the_receivers_own_delay_postpones_the_escalation() {
        Tenant receiver = tenants.add("receiver");
        UUID dueMonday = scans.waiting(receiver, LocalDate.of(2026, 3, 9));
        scans.delays.put(receiver.id(), 5);

        scan.run();

        assertThat(scans.marks.get(dueMonday)).containsExactly(DeadlineMark.OVERDUE);
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void a_suspended_receiver_gets_no_reminder() {
        Tenant suspended = tenants.add("suspended", TenantStatus.SUSPENDED, true);
        scans.waiting(suspended, LocalDate.of(2026, 3, 2));

        assertThat(scan.run()).isZero();
        assertThat(scans.asked).doesNotContain(suspended.id());
        assertThat(outbox.events()).isEmpty();
    }

    /** The referrals waiting per receiver, and the marks, as the table's key keeps them. */
    private static final class FakeScans implements DeadlineScans {
        final Map<UUID, Set<DeadlineMark>> marks = new HashMap<>();
        final Map<TenantId, Integer> delays = new HashMap<>();
        final List<TenantId> asked = new ArrayList<>();
        private final Map<TenantId, Map<UUID, Instant>> waiting = new HashMap<>();
        boolean taken;

        UUID waiting(Tenant receiver, LocalDate dueDay) {
            UUID id = UUID.randomUUID();
            waiting.computeIfAbsent(receiver.id(), t -> new HashMap<>()).put(id, BelgianCalendar.endOf(dueDay));
            marks.put(id, EnumSet.noneOf(DeadlineMark.class));
            return id;
        }

        @Override
        public Map<TenantId, Integer> escalationDelays() {
            return Map.copyOf(delays);
        }

        @Override
        public List<Waiting> waiting(TenantId receiver, Instant dueBy) {
            asked.add(receiver);
            return waiting.getOrDefault(receiver, Map.of()).entrySet().stream()
                    .filter(e -> !e.getValue().isAfter(dueBy))
                    .map(e -> new Waiting(e.getKey(), e.getValue(), marks.get(e.getKey())))
                    .toList();
        }

        @Override
        public boolean mark(UUID referral, TenantId receiver, DeadlineMark mark, Instant at) {
            return !taken && marks.get(referral).add(mark);
        }
    }
}

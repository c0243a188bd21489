package be.passerelle.core.referral;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.audit.AuditEntry;
import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.outbox.Outbox;
import be.passerelle.core.outbox.OutboxEvent;
import be.passerelle.core.shared.SystemOperation;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.TenantStatus;
import be.passerelle.core.shared.UnitOfWork;
import be.passerelle.core.tenant.Tenants;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The reminder, overdue and escalation scan (issue #19): for every active receiver, its referrals
 * still {@code SENT} get the marks {@link DeadlineRules} says they have earned. A mark is recorded
 * once per referral (the table's key); only a new mark records its outbox event ({@link
 * DeadlineMark#eventType()}, for the receiver) in the same transaction, and an escalation is also an
 * audit entry of the receiver's trail. Safe to run twice or on two nodes at once; a suspended
 * receiver is skipped (its senders were told of the suspension; reminders resume, and catch up,
 * once it is active again).
 */
public final class ScanReferralDeadlines {
    static final String ESCALATED_ACTION = "referral.escalated";

    private final UnitOfWork unitOfWork;
    private final DeadlineScans scans;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;
    private final Tenants tenants;

    public ScanReferralDeadlines(
            UnitOfWork unitOfWork, Tenants tenants, DeadlineScans scans, Outbox outbox, AuditTrail audit, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.tenants = tenants;
        this.scans = scans;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** @return the number of marks recorded */
    public int run() {
        return runAt(clock.instant());
    }

    /** The scan as at {@code now}. @return the number of marks recorded */
    public int runAt(Instant now) {
        Objects.requireNonNull(now, "now");
        List<Tenant> receivers = inScan(() -> tenants.withStatus(TenantStatus.ACTIVE));
        Map<TenantId, Integer> delays = inScan(scans::escalationDelays);
        int recorded = 0;
        for (Tenant receiver : receivers) {
            int delay = delays.getOrDefault(receiver.id(), DeadlineRules.DEFAULT_ESCALATION_WORKING_DAYS);
            recorded += inScan(() -> scan(receiver, delay, now));
        }
        return recorded;
    }

    private int scan(Tenant receiver, int escalationWorkingDays, Instant now) {
        TenantId tenant = receiver.id();
        Optional<Community> community = ReceiverCommunity.of(receiver);
        int recorded = 0;
        for (DeadlineScans.Waiting waiting : scans.waiting(tenant, DeadlineRules.dueSoonHorizon(now, community))) {
            Set<DeadlineMark> earned = DeadlineRules.earned(waiting.dueAt(), now, community, escalationWorkingDays);
            for (DeadlineMark mark : earned) {
                if (!waiting.marked().contains(mark) && scans.mark(waiting.referral(), tenant, mark, now)) {
                    tell(tenant, waiting.referral(), mark, now);
                    recorded++;
                }
            }
        }
        return recorded;
    }

    private void tell(TenantId receiver, UUID referral, DeadlineMark mark, Instant now) {
        outbox.record(new OutboxEvent(
                UUID.randomUUID(),
                mark.eventType(),
                now,
                Optional.of(receiver),
                Set.of(receiver),
                "referral",
                referral.toString(),
                Optional.of(ReferralState.SENT.name()),
                ReferralEvents.link(referral)));
        if (mark == DeadlineMark.ESCALATED) {
            audit.append(new AuditEntry(
                    Optional.of(receiver),
                    Actor.system(SystemOperation.REFERRAL_DEADLINE_SCAN),
                    ESCALATED_ACTION,
                    "referral",
                    referral.toString(),
                    "deadline-scan-" + UUID.randomUUID(),
                    now));
        }
    }

    private <T> T inScan(Supplier<T> work) {
        return unitOfWork.inSystem(SystemOperation.REFERRAL_DEADLINE_SCAN, work);
    }
}

package be.passerelle.core.referral;

import be.passerelle.core.shared.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** What the deadline scans read and write (system role, inside {@code REFERRAL_DEADLINE_SCAN}). */
public interface DeadlineScans {

    /** A referral still {@code SENT}, with the marks it already has. */
    record Waiting(UUID referral, Instant dueAt, Set<DeadlineMark> marked) {
        public Waiting {
            Objects.requireNonNull(referral, "referral");
            Objects.requireNonNull(dueAt, "dueAt");
            marked = Set.copyOf(marked);
        }
    }

    /** The escalation delay (working days) of each tenant that has set one; the others have the default. */
    Map<TenantId, Integer> escalationDelays();

    /** {@code receiver}'s {@code SENT} referrals due no later than {@code dueBy} and not yet escalated. */
    List<Waiting> waiting(TenantId receiver, Instant dueBy);

    /**
     * Records the mark unless the referral has it already or is no longer {@code SENT}.
     *
     * @return true when this call recorded it
     */
    boolean mark(UUID referral, TenantId receiver, DeadlineMark mark, Instant at);
}

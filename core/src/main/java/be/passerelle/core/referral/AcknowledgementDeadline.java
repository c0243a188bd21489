package be.passerelle.core.referral;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When the receiver must have acknowledged a referral (SPEC §4.3): the end of the N-th working
 * day after the day of creation, N being the receiver's acknowledgement deadline in its directory
 * entry. See {@link BelgianCalendar} for working days and for what "end of day" means.
 */
public record AcknowledgementDeadline(Instant dueAt) {
    public AcknowledgementDeadline {
        Objects.requireNonNull(dueAt, "dueAt");
    }

    /** The deadline of a referral created at {@code createdAt} for a receiver of {@code community} (empty: none). */
    public static AcknowledgementDeadline of(Instant createdAt, int workingDays, Optional<Community> community) {
        return new AcknowledgementDeadline(BelgianCalendar.dueAt(createdAt, workingDays, community));
    }

    /**
     * A referral is overdue while it is still waiting for its acknowledgement ({@code SENT}) after
     * its deadline. Acknowledged, accepted or ended referrals are never overdue.
     */
    public boolean isOverdue(ReferralState state, Instant now) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(now, "now");
        return state == ReferralState.SENT && now.isAfter(dueAt);
    }
}

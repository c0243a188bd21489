package be.passerelle.core.health;

import be.passerelle.core.shared.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Counts of received referrals: never a referral's content, id or reference (SPEC §8). */
public interface ReferralHealthFigures {

    /**
     * One receiver's (or one assignee's) counts.
     *
     * @param open referrals {@code SENT}, {@code ACKNOWLEDGED} or {@code ACCEPTED}
     * @param overdue referrals still {@code SENT} past their deadline
     * @param oldestOverdueDueAt the deadline of the longest overdue one
     * @param escalations referrals escalated (deadline mark {@code ESCALATED}) since the given instant
     */
    record Load(long open, long overdue, Optional<Instant> oldestOverdueDueAt, long escalations) {
        public static final Load NONE = new Load(0, 0, Optional.empty(), 0);

        public Load {
            Objects.requireNonNull(oldestOverdueDueAt, "oldestOverdueDueAt");
        }
    }

    /** An assignee's counts; empty id and name for the referrals nobody is assigned to. */
    record AssigneeLoad(Optional<String> assigneeId, Optional<String> assigneeName, Load load) {
        public AssigneeLoad {
            Objects.requireNonNull(assigneeId, "assigneeId");
            Objects.requireNonNull(assigneeName, "assigneeName");
            Objects.requireNonNull(load, "load");
        }
    }

    /**
     * Every receiver (or only {@code receiver}) that has open referrals or escalations; the others
     * have none.
     */
    Map<TenantId, Load> byReceiver(Optional<TenantId> receiver, Instant now, Instant escalationsSince);

    /** {@code receiver}'s referrals per assignee of its own side, and those assigned to nobody. */
    List<AssigneeLoad> byAssignee(TenantId receiver, Instant now, Instant escalationsSince);
}

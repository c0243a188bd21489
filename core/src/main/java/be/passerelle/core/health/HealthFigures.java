package be.passerelle.core.health;

import be.passerelle.core.referral.Community;
import be.passerelle.core.referral.DeadlineRules;
import java.time.Instant;
import java.util.Optional;

/**
 * The figures of a health view (issue #19): open referrals ({@code SENT}, {@code ACKNOWLEDGED},
 * {@code ACCEPTED}), overdue ones (still {@code SENT} past their deadline), how many working days
 * the oldest overdue one is late ({@link DeadlineRules#workingDaysOverdue}; 0 when none is), and
 * the escalations of the last 30 days.
 */
public record HealthFigures(long open, long overdue, int oldestOverdueWorkingDays, long escalationsLast30Days) {

    static HealthFigures of(ReferralHealthFigures.Load load, Instant now, Optional<Community> community) {
        int oldest = load.oldestOverdueDueAt()
                .map(dueAt -> DeadlineRules.workingDaysOverdue(dueAt, now, community))
                .orElse(0);
        return new HealthFigures(load.open(), load.overdue(), oldest, load.escalations());
    }
}

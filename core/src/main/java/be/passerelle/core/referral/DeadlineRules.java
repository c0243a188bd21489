package be.passerelle.core.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which deadline marks a referral still waiting for its acknowledgement ({@code SENT}) has earned at
 * an instant, in the receiver's working days ({@link BelgianCalendar}: weekends, legal holidays and
 * the receiver's community holiday are not working days). Deadlines end at the end of a local day
 * ({@link BelgianCalendar#endOf}).
 *
 * <ul>
 *   <li><b>Due soon</b> while not yet overdue and the deadline ends no later than the end of the next
 *       working day after today (Brussels): on its due day and on the working day before it (for a
 *       Monday deadline: from Friday 00:00, and all weekend).
 *   <li><b>Overdue</b> once the deadline has passed ({@code now > dueAt}, from local midnight after the
 *       due day).
 *   <li><b>Escalated</b> once the end of the N-th working day after the due day has passed: a Monday
 *       deadline with N = 2 escalates from Thursday 00:00 (Tuesday and Wednesday were its grace).
 * </ul>
 *
 * An overdue referral also has the due-soon window behind it, but is never marked due soon late: a
 * reminder after the fact would only add noise to the overdue notice.
 */
public final class DeadlineRules {
    /** The escalation delay of a receiver that has not set its own. */
    public static final int DEFAULT_ESCALATION_WORKING_DAYS = 2;

    private DeadlineRules() {}

    /** The marks a {@code SENT} referral due at {@code dueAt} has earned at {@code now}. */
    public static Set<DeadlineMark> earned(
            Instant dueAt, Instant now, Optional<Community> community, int escalationWorkingDays) {
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(now, "now");
        Set<DeadlineMark> marks = EnumSet.noneOf(DeadlineMark.class);
        if (now.isAfter(dueAt)) {
            marks.add(DeadlineMark.OVERDUE);
            if (now.isAfter(escalationAt(dueAt, escalationWorkingDays, community))) {
                marks.add(DeadlineMark.ESCALATED);
            }
        } else if (!dueAt.isAfter(dueSoonHorizon(now, community))) {
            marks.add(DeadlineMark.DUE_SOON);
        }
        return marks;
    }

    /** The latest deadline that is "due soon" at {@code now}: the end of the next working day. */
    public static Instant dueSoonHorizon(Instant now, Optional<Community> community) {
        return BelgianCalendar.endOf(BelgianCalendar.addWorkingDays(BelgianCalendar.dayOf(now), 1, community));
    }

    /** The end of the {@code workingDays}-th working day after the due day: escalated after it. */
    public static Instant escalationAt(Instant dueAt, int workingDays, Optional<Community> community) {
        return BelgianCalendar.endOf(
                BelgianCalendar.addWorkingDays(BelgianCalendar.dayOf(dueAt), workingDays, community));
    }

    /**
     * How late a referral due at {@code dueAt} is at {@code now}, in working days: the working days
     * after the due day that have begun by {@code now} (0 while not overdue; 0 too on the weekend
     * after a Friday deadline, 1 from Monday 00:00).
     */
    public static int workingDaysOverdue(Instant dueAt, Instant now, Optional<Community> community) {
        if (!now.isAfter(dueAt)) {
            return 0;
        }
        LocalDate today = BelgianCalendar.dayOf(now);
        int days = 0;
        for (LocalDate day = BelgianCalendar.dayOf(dueAt).plusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
            if (BelgianCalendar.isWorkingDay(day, community)) {
                days++;
            }
        }
        return days;
    }
}

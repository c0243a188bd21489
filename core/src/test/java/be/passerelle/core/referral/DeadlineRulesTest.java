package be.passerelle.core.referral;

import static be.passerelle.core.referral.DeadlineMark.DUE_SOON;
import static be.passerelle.core.referral.DeadlineMark.ESCALATED;
import static be.passerelle.core.referral.DeadlineMark.OVERDUE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DeadlineRulesTest {
    private static final Optional<Community> NONE = Optional.empty();
    /** Due Monday 9 March 2026 (CET): the end of that day in Brussels. */
    private static final Instant DUE_MONDAY = Instant.parse("2026-03-09T22:59:59.999999Z");

    private static Set<DeadlineMark> at(String now, Instant dueAt, int n) {
        return DeadlineRules.earned(dueAt, Instant.parse(now), NONE, n);
    }

    @Test
    void a_monday_deadline_is_due_soon_from_friday_midnight_and_all_weekend() {
        assertThat(at("2026-03-05T22:59:59Z", DUE_MONDAY, 2)).isEmpty(); // Thursday 23:59:59
        assertThat(at("2026-03-05T23:00:00Z", DUE_MONDAY, 2)).containsExactly(DUE_SOON); // Friday 00:00
        assertThat(at("2026-03-07T12:00:00Z", DUE_MONDAY, 2)).containsExactly(DUE_SOON); // Saturday
        assertThat(at("2026-03-09T22:59:59Z", DUE_MONDAY, 2)).containsExactly(DUE_SOON); // Monday 23:59:59
    }

    @Test
    void it_is_overdue_from_local_midnight_after_the_due_day_and_no_longer_due_soon() {
        assertThat(DeadlineRules.earned(DUE_MONDAY, DUE_MONDAY, NONE, 2)).containsExactly(DUE_SOON);
        assertThat(DeadlineRules.earned(DUE_MONDAY, DUE_MONDAY.plus(1, ChronoUnit.MICROS), NONE, 2))
                .containsExactly(OVERDUE);
    }

    @Test
    void with_two_working_days_a_monday_deadline_escalates_from_thursday_midnight() {
        assertThat(at("2026-03-11T22:59:59Z", DUE_MONDAY, 2)).containsExactly(OVERDUE); // Wednesday 23:59:59
        assertThat(at("2026-03-11T23:00:00Z", DUE_MONDAY, 2)).containsExactlyInAnyOrder(OVERDUE, ESCALATED);
    }

    @Test
    void the_receivers_delay_decides_when_it_escalates() {
        assertThat(at("2026-03-11T23:00:00Z", DUE_MONDAY, 3)).containsExactly(OVERDUE);
        assertThat(at("2026-03-12T23:00:00Z", DUE_MONDAY, 3)).containsExactlyInAnyOrder(OVERDUE, ESCALATED);
        assertThat(at("2026-03-09T23:00:00Z", DUE_MONDAY, 1)).containsExactly(OVERDUE); // Tuesday 00:00
        assertThat(at("2026-03-10T23:00:00Z", DUE_MONDAY, 1)).containsExactlyInAnyOrder(OVERDUE, ESCALATED);
    }

    @Test
    void easter_monday_is_skipped_by_the_due_soon_window() {
        Instant dueTuesday = BelgianCalendar.endOf(LocalDate.of(2026, 4, 7)); // after Easter Monday 6 April
        assertThat(at("2026-04-02T21:59:59Z", dueTuesday, 2)).isEmpty(); // Thursday 23:59:59 CEST
        assertThat(at("2026-04-02T22:00:00Z", dueTuesday, 2)).containsExactly(DUE_SOON); // Friday 00:00
        assertThat(at("2026-04-06T10:00:00Z", dueTuesday, 2)).containsExactly(DUE_SOON); // the holiday
    }

    @Test
    void easter_monday_does_not_count_towards_the_escalation() {
        Instant dueFriday = BelgianCalendar.endOf(LocalDate.of(2026, 4, 3));
        assertThat(at("2026-04-07T10:00:00Z", dueFriday, 2)).containsExactly(OVERDUE); // Tuesday
        assertThat(at("2026-04-08T21:59:59Z", dueFriday, 2)).containsExactly(OVERDUE); // Wednesday 23:59:59
        assertThat(at("2026-04-08T22:00:00Z", dueFriday, 2)).containsExactlyInAnyOrder(OVERDUE, ESCALATED);
    }

    @Test
    void the_receivers_community_holiday_delays_its_escalation() {
        Instant dueFriday = BelgianCalendar.endOf(LocalDate.of(2027, 9, 24)); // 27 September 2027 is a Monday
        Instant tuesday = Instant.parse("2027-09-28T10:00:00Z");
        assertThat(DeadlineRules.earned(dueFriday, tuesday, NONE, 1)).contains(ESCALATED);
        assertThat(DeadlineRules.earned(dueFriday, tuesday, Optional.of(Community.FWB), 1))
                .containsExactly(OVERDUE);
    }

    @Test
    void working_days_overdue_count_the_working_days_begun_after_the_due_day() {
        Instant dueFriday = BelgianCalendar.endOf(LocalDate.of(2026, 3, 6));
        assertThat(DeadlineRules.workingDaysOverdue(dueFriday, dueFriday, NONE)).isZero();
        assertThat(DeadlineRules.workingDaysOverdue(dueFriday, Instant.parse("2026-03-07T10:00:00Z"), NONE))
                .isZero(); // Saturday
        assertThat(DeadlineRules.workingDaysOverdue(dueFriday, Instant.parse("2026-03-08T23:00:00Z"), NONE))
                .isEqualTo(1); // Monday 00:00
        assertThat(DeadlineRules.workingDaysOverdue(dueFriday, Instant.parse("2026-03-10T10:00:00Z"), NONE))
                .isEqualTo(2); // Tuesday
        Instant dueThursdayBeforeEaster = BelgianCalendar.endOf(LocalDate.of(2026, 4, 2));
        assertThat(DeadlineRules.workingDaysOverdue(
                        dueThursdayBeforeEaster, Instant.parse("2026-04-07T10:00:00Z"), NONE))
                .isEqualTo(2); // Friday and Tuesday; Easter Monday is a holiday
    }

    static Stream<Long> seeds() {
        return LongStream.range(0, 300).map(i -> 0x5EED_0000L + i).boxed();
    }

    /** Laws over seeded samples: the marks only accumulate as time passes, in their order. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void marks_accumulate_in_order_as_time_passes(long seed) {
        Random random = new Random(seed);
        Optional<Community> community = random.nextInt(4) == 0
                ? Optional.empty()
                : Optional.of(Community.values()[random.nextInt(Community.values().length)]);
        LocalDate dueDay =
                BelgianCalendar.addWorkingDays(LocalDate.of(2025, 1, 1).plusDays(random.nextInt(1500)), 1, community);
        Instant dueAt = BelgianCalendar.endOf(dueDay);
        int n = 1 + random.nextInt(20);
        Instant earlier = dueAt.plusSeconds(random.nextLong(-20L * 86_400, 40L * 86_400));
        Instant later = earlier.plusSeconds(random.nextLong(0, 10L * 86_400));
        Set<DeadlineMark> before = DeadlineRules.earned(dueAt, earlier, community, n);
        Set<DeadlineMark> after = DeadlineRules.earned(dueAt, later, community, n);

        assertThat(before.contains(DUE_SOON) && before.contains(OVERDUE))
                .as("seed %d: due soon and overdue exclude each other", seed)
                .isFalse();
        assertThat(!before.contains(ESCALATED) || before.contains(OVERDUE))
                .as("seed %d: an escalated referral is overdue", seed)
                .isTrue();
        if (before.contains(OVERDUE)) {
            assertThat(after).as("seed %d: overdue stays", seed).containsAll(before);
        }
        assertThat(before.contains(OVERDUE)).as("seed %d", seed).isEqualTo(earlier.isAfter(dueAt));
        assertThat(before.contains(ESCALATED))
                .as("seed %d: escalated exactly after the N-th working day's end", seed)
                .isEqualTo(
                        earlier.isAfter(BelgianCalendar.endOf(BelgianCalendar.addWorkingDays(dueDay, n, community))));
        assertThat(DeadlineRules.workingDaysOverdue(dueAt, later, community))
                .as("seed %d: lateness never decreases", seed)
                .isGreaterThanOrEqualTo(DeadlineRules.workingDaysOverdue(dueAt, earlier, community));
    }
}

package be.passerelle.core.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class BelgianCalendarPropertyTest {
    /** 1990-01-01T00:00Z to 2100-01-01T00:00Z, in seconds. */
    private static final long FROM = 631_152_000L;

    private static final long TO = 4_102_444_800L;

    @Provide
    Arbitrary<Optional<Community>> communities() {
        return Arbitraries.of(Community.class).optional(0.75);
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs()
                .between(FROM, TO)
                .flatMap(seconds -> Arbitraries.integers()
                        .between(0, 999_999_999)
                        .map(nanos -> Instant.ofEpochSecond(seconds, nanos)));
    }

    @Property
    void due_date_is_always_a_working_day_strictly_after_creation(
            @ForAll("instants") Instant createdAt,
            @ForAll @IntRange(min = 1, max = 60) int workingDays,
            @ForAll("communities") Optional<Community> community) {
        Instant dueAt = BelgianCalendar.dueAt(createdAt, workingDays, community);
        LocalDate dueDay = BelgianCalendar.dayOf(dueAt);

        assertThat(dueAt).isAfter(createdAt);
        assertThat(dueDay).isAfter(BelgianCalendar.dayOf(createdAt));
        assertThat(BelgianCalendar.isWorkingDay(dueDay, community)).isTrue();
    }

    @Property
    void exactly_n_working_days_lie_after_the_day_of_creation_up_to_the_due_day(
            @ForAll("instants") Instant createdAt,
            @ForAll @IntRange(min = 1, max = 60) int workingDays,
            @ForAll("communities") Optional<Community> community) {
        LocalDate dueDay = BelgianCalendar.dayOf(BelgianCalendar.dueAt(createdAt, workingDays, community));

        long counted = BelgianCalendar.dayOf(createdAt)
                .plusDays(1)
                .datesUntil(dueDay.plusDays(1))
                .filter(day -> BelgianCalendar.isWorkingDay(day, community))
                .count();
        assertThat(counted).isEqualTo(workingDays);
    }

    @Property
    void due_date_ends_the_last_microsecond_before_local_midnight(
            @ForAll("instants") Instant createdAt,
            @ForAll @IntRange(min = 1, max = 30) int workingDays,
            @ForAll("communities") Optional<Community> community) {
        Instant dueAt = BelgianCalendar.dueAt(createdAt, workingDays, community);
        Instant nextMidnight = dueAt.plus(1, ChronoUnit.MICROS);

        assertThat(nextMidnight.atZone(BelgianCalendar.BRUSSELS).toLocalTime()).isEqualTo(LocalTime.MIDNIGHT);
    }

    @Property
    void more_working_days_never_give_an_earlier_date(
            @ForAll("instants") Instant createdAt,
            @ForAll @IntRange(min = 1, max = 60) int workingDays,
            @ForAll @IntRange(min = 1, max = 30) int more,
            @ForAll("communities") Optional<Community> community) {
        Instant shorter = BelgianCalendar.dueAt(createdAt, workingDays, community);
        Instant longer = BelgianCalendar.dueAt(createdAt, workingDays + more, community);

        assertThat(longer).isAfter(shorter);
    }

    @Property
    void a_later_creation_never_gives_an_earlier_date(
            @ForAll("instants") Instant createdAt,
            @ForAll @LongRange(min = 0, max = 30L * 24 * 3600) long secondsLater,
            @ForAll @IntRange(min = 1, max = 30) int workingDays,
            @ForAll("communities") Optional<Community> community) {
        Instant earlier = BelgianCalendar.dueAt(createdAt, workingDays, community);
        Instant later = BelgianCalendar.dueAt(createdAt.plusSeconds(secondsLater), workingDays, community);

        assertThat(later).isAfterOrEqualTo(earlier);
    }

    @Property
    void easter_always_falls_on_a_sunday_between_22_march_and_25_april(
            @ForAll @IntRange(min = 1583, max = 9999) int year) {
        LocalDate easter = BelgianCalendar.easterSunday(year);

        assertThat(easter.getYear()).isEqualTo(year);
        assertThat(easter).isBetween(LocalDate.of(year, Month.MARCH, 22), LocalDate.of(year, Month.APRIL, 25));
        assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    }

    @Property
    void easter_agrees_with_gauss_formula_for_1900_to_2099(@ForAll @IntRange(min = 1900, max = 2099) int year) {
        assertThat(BelgianCalendar.easterSunday(year)).isEqualTo(gaussEaster(year));
    }

    /** Gauss's Easter formula with the constants valid for 1900–2099, an independent oracle. */
    private static LocalDate gaussEaster(int year) {
        int a = year % 19;
        int b = year % 4;
        int c = year % 7;
        int d = (19 * a + 24) % 30;
        int e = (2 * b + 4 * c + 6 * d + 5) % 7;
        if (d == 29 && e == 6) {
            return LocalDate.of(year, Month.APRIL, 19);
        }
        if (d == 28 && e == 6 && a > 10) {
            return LocalDate.of(year, Month.APRIL, 18);
        }
        return LocalDate.of(year, Month.MARCH, 22).plusDays(d + e);
    }

    @Property
    void legal_holidays_and_community_holidays_are_never_working_days(
            @ForAll @IntRange(min = 1583, max = 9999) int year, @ForAll Community community) {
        for (LegalHoliday holiday : LegalHoliday.values()) {
            assertThat(BelgianCalendar.isWorkingDay(holiday.in(year), Optional.of(community)))
                    .isFalse();
        }
        assertThat(BelgianCalendar.isWorkingDay(community.holidayIn(year), community))
                .isFalse();
    }
}

package be.passerelle.core.referral;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.core.testing.PropertyTest;
import be.passerelle.core.testing.Samples;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BelgianCalendarPropertyTest {
    /** 1990-01-01T00:00Z to 2100-01-01T00:00Z, in seconds. */
    private static final long FROM = 631_152_000L;

    private static final long TO = 4_102_444_800L;

    private static final int SAMPLES = 1_000;

    /** Instants where a calendar goes wrong: the ends of the range, local midnights, clock changes, long weekends. */
    private static final List<Instant> EDGES = List.of(
            Instant.ofEpochSecond(FROM),
            Instant.ofEpochSecond(TO, 999_999_999),
            Instant.parse("2026-12-31T22:59:59.999999999Z"), // the last instant of 2026 in Brussels
            Instant.parse("2026-12-31T23:00:00Z"), // the first of 2027
            Instant.parse("2026-03-29T00:59:59Z"), // just before summer time
            Instant.parse("2026-03-29T01:00:00Z"),
            Instant.parse("2026-10-25T00:59:59Z"), // just before winter time
            Instant.parse("2026-10-25T01:00:00Z"),
            Instant.parse("2026-04-03T21:59:59.999999999Z"), // Friday night before Easter Monday
            Instant.parse("2026-07-10T21:59:59.999999999Z"), // the eve of the Flemish Community's day
            Instant.parse("2028-02-28T23:00:00Z")); // 29 February in Brussels

    private static final List<Optional<Community>> COMMUNITIES = Stream.concat(
                    Stream.of(Optional.<Community>empty()),
                    Stream.of(Community.values()).map(Optional::of))
            .toList();

    private static Instant instant(RandomGenerator random) {
        return Instant.ofEpochSecond(random.nextLong(FROM, TO + 1), random.nextInt(0, 1_000_000_000));
    }

    private static Optional<Community> community(RandomGenerator random) {
        return Samples.maybe(random, 0.75, () -> Samples.oneOf(random, Community.values()));
    }

    /** A creation instant, a number of working days from 1 to {@code maxDays} and maybe a community. */
    private static Stream<Arguments> deadlines(int maxDays) {
        List<Arguments> examples = new ArrayList<>();
        for (Instant createdAt : EDGES) {
            for (int days : new int[] {1, maxDays}) {
                COMMUNITIES.forEach(community -> examples.add(Arguments.of(createdAt, days, community)));
            }
        }
        return Samples.ofArguments(
                SAMPLES, random -> Arguments.of(instant(random), random.nextInt(1, maxDays + 1), community(random)))
                .withExampleArguments(examples.toArray(Arguments[]::new))
                .stream();
    }

    static Stream<Arguments> deadlinesUpTo60() {
        return deadlines(60);
    }

    static Stream<Arguments> deadlinesUpTo30() {
        return deadlines(30);
    }

    @PropertyTest
    @MethodSource("deadlinesUpTo60")
    void due_date_is_always_a_working_day_strictly_after_creation(
            Instant createdAt, int workingDays, Optional<Community> community) {
        Instant dueAt = BelgianCalendar.dueAt(createdAt, workingDays, community);
        LocalDate dueDay = BelgianCalendar.dayOf(dueAt);

        assertThat(dueAt).isAfter(createdAt);
        assertThat(dueDay).isAfter(BelgianCalendar.dayOf(createdAt));
        assertThat(BelgianCalendar.isWorkingDay(dueDay, community)).isTrue();
    }

    @PropertyTest
    @MethodSource("deadlinesUpTo60")
    void exactly_n_working_days_lie_after_the_day_of_creation_up_to_the_due_day(
            Instant createdAt, int workingDays, Optional<Community> community) {
        LocalDate dueDay = BelgianCalendar.dayOf(BelgianCalendar.dueAt(createdAt, workingDays, community));

        long counted = BelgianCalendar.dayOf(createdAt)
                .plusDays(1)
                .datesUntil(dueDay.plusDays(1))
                .filter(day -> BelgianCalendar.isWorkingDay(day, community))
                .count();
        assertThat(counted).isEqualTo(workingDays);
    }

    @PropertyTest
    @MethodSource("deadlinesUpTo30")
    void due_date_ends_the_last_microsecond_before_local_midnight(
            Instant createdAt, int workingDays, Optional<Community> community) {
        Instant dueAt = BelgianCalendar.dueAt(createdAt, workingDays, community);
        Instant nextMidnight = dueAt.plus(1, ChronoUnit.MICROS);

        assertThat(nextMidnight.atZone(BelgianCalendar.BRUSSELS).toLocalTime()).isEqualTo(LocalTime.MIDNIGHT);
    }

    /** A deadline of 1 to 60 working days, and 1 to 30 more. */
    static Stream<Arguments> longerDeadlines() {
        return Samples.ofArguments(
                SAMPLES,
                random ->
                        Arguments.of(instant(random), random.nextInt(1, 61), random.nextInt(1, 31), community(random)))
                .withExampleArguments(EDGES.stream()
                        .flatMap(createdAt -> Stream.of(
                                Arguments.of(createdAt, 1, 1, Optional.empty()),
                                Arguments.of(createdAt, 60, 30, Optional.of(Community.DG))))
                        .toArray(Arguments[]::new))
                .stream();
    }

    @PropertyTest
    @MethodSource("longerDeadlines")
    void more_working_days_never_give_an_earlier_date(
            Instant createdAt, int workingDays, int more, Optional<Community> community) {
        Instant shorter = BelgianCalendar.dueAt(createdAt, workingDays, community);
        Instant longer = BelgianCalendar.dueAt(createdAt, workingDays + more, community);

        assertThat(longer).isAfter(shorter);
    }

    /** A creation, the same creation 0 seconds to 30 days later, and a deadline of 1 to 30 working days. */
    static Stream<Arguments> laterCreations() {
        long month = 30L * 24 * 3600;
        return Samples.ofArguments(
                SAMPLES,
                random -> Arguments.of(
                        instant(random), random.nextLong(0, month + 1), random.nextInt(1, 31), community(random)))
                .withExampleArguments(EDGES.stream()
                        .flatMap(createdAt -> Stream.of(
                                Arguments.of(createdAt, 0L, 1, Optional.empty()),
                                Arguments.of(createdAt, 1L, 1, Optional.of(Community.FWB)),
                                Arguments.of(createdAt, month, 30, Optional.of(Community.VG))))
                        .toArray(Arguments[]::new))
                .stream();
    }

    @PropertyTest
    @MethodSource("laterCreations")
    void a_later_creation_never_gives_an_earlier_date(
            Instant createdAt, long secondsLater, int workingDays, Optional<Community> community) {
        Instant earlier = BelgianCalendar.dueAt(createdAt, workingDays, community);
        Instant later = BelgianCalendar.dueAt(createdAt.plusSeconds(secondsLater), workingDays, community);

        assertThat(later).isAfterOrEqualTo(earlier);
    }

    /** Years of the Gregorian calendar, from 1583 to 9999. */
    static Stream<Arguments> gregorianYears() {
        return Samples.of(SAMPLES, random -> random.nextInt(1583, 10_000))
                .withExamples(1583, 1584, 1900, 2000, 2100, 9998, 9999)
                .stream();
    }

    @PropertyTest
    @MethodSource("gregorianYears")
    void easter_always_falls_on_a_sunday_between_22_march_and_25_april(int year) {
        LocalDate easter = BelgianCalendar.easterSunday(year);

        assertThat(easter.getYear()).isEqualTo(year);
        assertThat(easter).isBetween(LocalDate.of(year, Month.MARCH, 22), LocalDate.of(year, Month.APRIL, 25));
        assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    }

    /** Every year from 1900 to 2099. */
    static IntStream twentiethAndTwentyFirstCenturies() {
        return IntStream.rangeClosed(1900, 2099);
    }

    @PropertyTest
    @MethodSource("twentiethAndTwentyFirstCenturies")
    void easter_agrees_with_gauss_formula_for_1900_to_2099(int year) {
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

    /** A Gregorian year and a community. */
    static Stream<Arguments> communityYears() {
        return Samples.ofArguments(
                SAMPLES,
                random -> Arguments.of(random.nextInt(1583, 10_000), Samples.oneOf(random, Community.values())))
                .withExampleArguments(Stream.of(Community.values())
                        .flatMap(community -> Stream.of(Arguments.of(1583, community), Arguments.of(9999, community)))
                        .toArray(Arguments[]::new))
                .stream();
    }

    @PropertyTest
    @MethodSource("communityYears")
    void legal_holidays_and_community_holidays_are_never_working_days(int year, Community community) {
        for (LegalHoliday holiday : LegalHoliday.values()) {
            assertThat(BelgianCalendar.isWorkingDay(holiday.in(year), Optional.of(community)))
                    .isFalse();
        }
        assertThat(BelgianCalendar.isWorkingDay(community.holidayIn(year), community))
                .isFalse();
    }
}

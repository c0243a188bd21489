package be.passerelle.core.referral;

import be.passerelle.core.shared.InvalidInput;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * Working days and deadlines in Belgium, in Europe/Brussels time (SPEC §4.3).
 *
 * <p>A day is a working day unless it is a Saturday or a Sunday, one of the ten {@link
 * LegalHoliday}s, or the holiday of the receiver's {@link Community} (if it has one: a federal or
 * sectoral receiver observes the legal holidays only). A holiday that falls on a weekend is not
 * moved to another day.
 *
 * <p><b>End of day.</b> A deadline ends at the <em>last microsecond</em> of its local day,
 * {@code 23:59:59.999999} Europe/Brussels: the last instant PostgreSQL's {@code timestamptz}
 * (microsecond precision) can store, so a stored deadline reads back unchanged, and it shows the
 * due day itself rather than the next one. A deadline is missed from local midnight on, i.e. when
 * {@code now > dueAt}. The local day's midnight is taken through the time-zone rules, so a day of
 * 23 or 25 hours (daylight-saving changes) ends at the right instant.
 */
public final class BelgianCalendar {

    /** The time zone of every date the network reasons about (deadlines, statistics buckets). */
    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    /** The largest deadline accepted, in working days (about a year and a half). */
    public static final int MAX_WORKING_DAYS = 366;

    private BelgianCalendar() {}

    /**
     * Easter Sunday in {@code year} by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
     *
     * @throws IllegalArgumentException before 1583, when the Gregorian reform first applies
     */
    public static LocalDate easterSunday(int year) {
        if (year < 1583) {
            throw new IllegalArgumentException("the Gregorian Easter is defined from 1583 on");
        }
        int goldenNumber = year % 19; // position in the 19-year Metonic cycle
        int century = year / 100;
        int yearOfCentury = year % 100;
        int leapCenturies = century / 4;
        int centuryRest = century % 4;
        int moonCorrection = (century + 8) / 25;
        int moonShift = (century - moonCorrection + 1) / 3;
        int epact = (19 * goldenNumber + century - leapCenturies - moonShift + 15) % 30;
        int leapYears = yearOfCentury / 4;
        int yearRest = yearOfCentury % 4;
        int weekdayOffset = (32 + 2 * centuryRest + 2 * leapYears - epact - yearRest) % 7;
        int lateCorrection = (goldenNumber + 11 * epact + 22 * weekdayOffset) / 451;
        int daysFromMarch22 = epact + weekdayOffset - 7 * lateCorrection;
        return LocalDate.of(year, Month.MARCH, 22).plusDays(daysFromMarch22);
    }

    /** True when {@code date} is one of the ten legal holidays. */
    public static boolean isLegalHoliday(LocalDate date) {
        Objects.requireNonNull(date, "date");
        for (LegalHoliday holiday : LegalHoliday.values()) {
            if (holiday.in(date.getYear()).equals(date)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a receiver attached to {@code community} (empty: to none) works on {@code date}. */
    public static boolean isWorkingDay(LocalDate date, Optional<Community> community) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(community, "community");
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            return false;
        }
        if (isLegalHoliday(date)) {
            return false;
        }
        return community.map(c -> !c.holidayIn(date.getYear()).equals(date)).orElse(true);
    }

    public static boolean isWorkingDay(LocalDate date, Community community) {
        return isWorkingDay(date, Optional.of(Objects.requireNonNull(community, "community")));
    }

    /**
     * The {@code workingDays}-th working day strictly after {@code day}; {@code day} itself never
     * counts, whether or not it is a working day.
     */
    public static LocalDate addWorkingDays(LocalDate day, int workingDays, Optional<Community> community) {
        Objects.requireNonNull(day, "day");
        checkWorkingDays(workingDays);
        LocalDate date = day;
        int counted = 0;
        while (counted < workingDays) {
            date = date.plusDays(1);
            if (isWorkingDay(date, community)) {
                counted++;
            }
        }
        return date;
    }

    /**
     * The end of the {@code workingDays}-th working day after the day (in Brussels) of {@code
     * createdAt}, for a receiver attached to {@code community} (empty: to none). See the class
     * comment for what "end" means.
     *
     * @throws InvalidInput when {@code workingDays} is not between 1 and {@link #MAX_WORKING_DAYS}
     */
    public static Instant dueAt(Instant createdAt, int workingDays, Optional<Community> community) {
        Objects.requireNonNull(createdAt, "createdAt");
        LocalDate creationDay = dayOf(createdAt);
        return endOf(addWorkingDays(creationDay, workingDays, community));
    }

    public static Instant dueAt(Instant createdAt, int workingDays, Community community) {
        return dueAt(createdAt, workingDays, Optional.of(Objects.requireNonNull(community, "community")));
    }

    /** The last microsecond of {@code date} in Brussels ({@code 23:59:59.999999} local). */
    public static Instant endOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        Instant nextMidnight = date.plusDays(1).atStartOfDay(BRUSSELS).toInstant();
        return nextMidnight.minus(1, ChronoUnit.MICROS);
    }

    /** The Brussels calendar day {@code instant} falls on. */
    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(Objects.requireNonNull(instant, "instant"), BRUSSELS);
    }

    /** The Brussels month {@code instant} falls in: the bucket a referral created then counts in (SPEC §4.4). */
    public static YearMonth monthOf(Instant instant) {
        return YearMonth.from(dayOf(instant));
    }

    private static void checkWorkingDays(int workingDays) {
        if (workingDays < 1 || workingDays > MAX_WORKING_DAYS) {
            throw new InvalidInput("a deadline is between 1 and " + MAX_WORKING_DAYS + " working days");
        }
    }
}

package be.passerelle.core.referral;

import static be.passerelle.core.referral.BelgianCalendar.BRUSSELS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.shared.InvalidInput;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BelgianCalendarTest {

    private static Instant brussels(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BRUSSELS).toInstant();
    }

    /** The instant just before local midnight at the end of {@code date}, spelled out by hand. */
    private static Instant endOfDay(String date, String offset) {
        return OffsetDateTime.parse(date + "T23:59:59.999999" + offset).toInstant();
    }

    // --- Easter and the legal holidays -------------------------------------------------------

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({
        "1818, 1818-03-22",
        "1943, 1943-04-25",
        "2000, 2000-04-23",
        "2008, 2008-03-23",
        "2011, 2011-04-24",
        "2019, 2019-04-21",
        "2024, 2024-03-31",
        "2025, 2025-04-20",
        "2026, 2026-04-05",
        "2027, 2027-03-28",
        "2038, 2038-04-25",
        "2285, 2285-03-22"
    })
    void easter_sunday_matches_the_published_dates(int year, LocalDate expected) {
        assertThat(BelgianCalendar.easterSunday(year)).isEqualTo(expected);
    }

    @Test
    void easter_is_not_defined_before_the_gregorian_reform() {
        assertThatThrownBy(() -> BelgianCalendar.easterSunday(1582)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void there_are_ten_legal_holidays() {
        assertThat(LegalHoliday.values()).hasSize(10);
    }

    @Test
    void legal_holidays_of_2026() {
        assertThat(EnumSet.allOf(LegalHoliday.class).stream().map(h -> h.in(2026)))
                .containsExactly(
                        LocalDate.parse("2026-01-01"),
                        LocalDate.parse("2026-04-06"),
                        LocalDate.parse("2026-05-01"),
                        LocalDate.parse("2026-05-14"),
                        LocalDate.parse("2026-05-25"),
                        LocalDate.parse("2026-07-21"),
                        LocalDate.parse("2026-08-15"),
                        LocalDate.parse("2026-11-01"),
                        LocalDate.parse("2026-11-11"),
                        LocalDate.parse("2026-12-25"));
    }

    @Test
    void movable_holidays_follow_easter() {
        LocalDate easter = LocalDate.parse("2027-03-28");
        assertThat(LegalHoliday.EASTER_MONDAY.in(2027)).isEqualTo(easter.plusDays(1));
        assertThat(LegalHoliday.ASCENSION_DAY.in(2027)).isEqualTo(easter.plusDays(39));
        assertThat(LegalHoliday.WHIT_MONDAY.in(2027)).isEqualTo(easter.plusDays(50));
        assertThat(LegalHoliday.ASCENSION_DAY.in(2027).getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(LegalHoliday.WHIT_MONDAY.in(2027).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    }

    @Test
    void community_holidays() {
        assertThat(Community.VG.holidayIn(2026)).isEqualTo(LocalDate.parse("2026-07-11"));
        assertThat(Community.FWB.holidayIn(2026)).isEqualTo(LocalDate.parse("2026-09-27"));
        assertThat(Community.DG.holidayIn(2026)).isEqualTo(LocalDate.parse("2026-11-15"));
        assertThat(Community.fromCode(" fwb ")).contains(Community.FWB);
        assertThat(Community.fromCode("BE-BRU")).isEmpty();
        assertThat(Community.fromCode(null)).isEmpty();
    }

    // --- working days ------------------------------------------------------------------------

    @Test
    void weekends_are_not_working_days() {
        Optional<Community> none = Optional.empty();
        assertThat(BelgianCalendar.isWorkingDay(LocalDate.parse("2026-03-06"), none))
                .isTrue(); // Friday
        assertThat(BelgianCalendar.isWorkingDay(LocalDate.parse("2026-03-07"), none))
                .isFalse(); // Saturday
        assertThat(BelgianCalendar.isWorkingDay(LocalDate.parse("2026-03-08"), none))
                .isFalse(); // Sunday
        assertThat(BelgianCalendar.isWorkingDay(LocalDate.parse("2026-03-09"), none))
                .isTrue(); // Monday
    }

    @Test
    void a_holiday_on_a_sunday_is_not_moved_to_monday() {
        // All Saints 2026 is a Sunday; Monday 2 November is worked.
        assertThat(BelgianCalendar.isWorkingDay(LocalDate.parse("2026-11-02"), Optional.empty()))
                .isTrue();
    }

    @Test
    void flemish_receiver_does_not_work_on_11_july() {
        Instant thursday = brussels("2025-07-10T14:00");

        assertThat(BelgianCalendar.dueAt(thursday, 1, Community.VG)).isEqualTo(endOfDay("2025-07-14", "+02:00"));
        assertThat(BelgianCalendar.dueAt(thursday, 1, Community.FWB)).isEqualTo(endOfDay("2025-07-11", "+02:00"));
        assertThat(BelgianCalendar.dueAt(thursday, 1, Community.DG)).isEqualTo(endOfDay("2025-07-11", "+02:00"));
    }

    @Test
    void french_community_receiver_does_not_work_on_27_september() {
        Instant thursday = brussels("2024-09-26T14:00");

        assertThat(BelgianCalendar.dueAt(thursday, 1, Community.FWB)).isEqualTo(endOfDay("2024-09-30", "+02:00"));
        assertThat(BelgianCalendar.dueAt(thursday, 1, Community.VG)).isEqualTo(endOfDay("2024-09-27", "+02:00"));
    }

    @Test
    void german_speaking_receiver_does_not_work_on_15_november() {
        Instant friday = brussels("2027-11-12T14:00");

        assertThat(BelgianCalendar.dueAt(friday, 1, Community.DG)).isEqualTo(endOfDay("2027-11-16", "+01:00"));
        assertThat(BelgianCalendar.dueAt(friday, 1, Community.VG)).isEqualTo(endOfDay("2027-11-15", "+01:00"));
    }

    @Test
    void receiver_without_community_observes_the_legal_holidays_only() {
        Instant thursday = brussels("2025-07-10T14:00");

        assertThat(BelgianCalendar.dueAt(thursday, 1, Optional.empty())).isEqualTo(endOfDay("2025-07-11", "+02:00"));
        assertThat(BelgianCalendar.dueAt(brussels("2025-07-18T09:00"), 1, Optional.empty()))
                .as("Monday 21 July, National Day, is skipped")
                .isEqualTo(endOfDay("2025-07-22", "+02:00"));
    }

    // --- due dates ---------------------------------------------------------------------------

    @Test
    void due_date_counts_working_days_after_the_day_of_creation() {
        Instant monday = brussels("2026-03-02T08:00");

        assertThat(BelgianCalendar.dueAt(monday, 1, Community.FWB)).isEqualTo(endOfDay("2026-03-03", "+01:00"));
        assertThat(BelgianCalendar.dueAt(monday, 4, Community.FWB)).isEqualTo(endOfDay("2026-03-06", "+01:00"));
        assertThat(BelgianCalendar.dueAt(monday, 5, Community.FWB))
                .as("skips the weekend")
                .isEqualTo(endOfDay("2026-03-09", "+01:00"));
        assertThat(BelgianCalendar.dueAt(monday, 10, Community.FWB)).isEqualTo(endOfDay("2026-03-16", "+01:00"));
    }

    @Test
    void due_date_skips_easter_monday_2027() {
        Instant thursday = brussels("2027-03-25T11:00");

        // Friday 26 is the first working day, Monday 29 is Easter Monday, Tuesday 30 the second.
        assertThat(BelgianCalendar.dueAt(thursday, 2, Community.VG)).isEqualTo(endOfDay("2027-03-30", "+02:00"));
    }

    @Test
    void due_date_skips_christmas_and_new_year() {
        Instant christmasEve = brussels("2025-12-24T10:00");

        assertThat(BelgianCalendar.dueAt(christmasEve, 5, Community.FWB)).isEqualTo(endOfDay("2026-01-02", "+01:00"));
    }

    @Test
    void creation_on_a_weekend_counts_from_the_next_working_day() {
        Instant saturday = brussels("2026-01-10T15:00");

        assertThat(BelgianCalendar.dueAt(saturday, 1, Community.VG)).isEqualTo(endOfDay("2026-01-12", "+01:00"));
    }

    @Test
    void creation_day_is_taken_in_brussels_time() {
        // 23:30 UTC on Monday 5 January is already Tuesday 6 January in Brussels.
        Instant createdAt = Instant.parse("2026-01-05T23:30:00Z");

        assertThat(BelgianCalendar.dayOf(createdAt)).isEqualTo(LocalDate.parse("2026-01-06"));
        assertThat(BelgianCalendar.dueAt(createdAt, 1, Community.VG)).isEqualTo(endOfDay("2026-01-07", "+01:00"));
    }

    @Test
    void creation_a_minute_before_local_midnight_still_counts_as_that_day() {
        Instant createdAt = brussels("2026-01-06T23:59");

        assertThat(BelgianCalendar.dueAt(createdAt, 1, Community.VG)).isEqualTo(endOfDay("2026-01-07", "+01:00"));
    }

    @Test
    void deadline_across_dst_change() {
        // Summer time starts on Sunday 29 March 2026: the deadline is in CEST (+02:00).
        Instant friday = brussels("2026-03-27T10:00");
        assertThat(BelgianCalendar.dueAt(friday, 1, Community.VG))
                .isEqualTo(endOfDay("2026-03-30", "+02:00"))
                .isEqualTo(Instant.parse("2026-03-30T21:59:59.999999Z"));

        // Summer time ends on Sunday 25 October 2026: back to CET (+01:00).
        Instant autumnFriday = brussels("2026-10-23T10:00");
        assertThat(BelgianCalendar.dueAt(autumnFriday, 1, Community.VG))
                .isEqualTo(endOfDay("2026-10-26", "+01:00"))
                .isEqualTo(Instant.parse("2026-10-26T22:59:59.999999Z"));
    }

    @Test
    void the_days_of_a_dst_change_last_23_and_25_hours() {
        assertThat(Duration.between(
                        BelgianCalendar.endOf(LocalDate.parse("2026-03-28")),
                        BelgianCalendar.endOf(LocalDate.parse("2026-03-29"))))
                .isEqualTo(Duration.ofHours(23));
        assertThat(Duration.between(
                        BelgianCalendar.endOf(LocalDate.parse("2026-10-24")),
                        BelgianCalendar.endOf(LocalDate.parse("2026-10-25"))))
                .isEqualTo(Duration.ofHours(25));
    }

    @Test
    void end_of_day_is_the_last_microsecond_before_local_midnight() {
        for (LocalDate date :
                List.of(LocalDate.parse("2026-01-15"), LocalDate.parse("2026-03-29"), LocalDate.parse("2026-10-25"))) {
            Instant end = BelgianCalendar.endOf(date);
            ZonedDateTime local = end.atZone(BRUSSELS);

            assertThat(local.toLocalDate()).isEqualTo(date);
            assertThat(local.toLocalTime()).isEqualTo(LocalTime.parse("23:59:59.999999"));
            assertThat(end.plus(1, ChronoUnit.MICROS))
                    .isEqualTo(date.plusDays(1).atStartOfDay(BRUSSELS).toInstant());
            assertThat(end.truncatedTo(ChronoUnit.MICROS))
                    .as("survives a timestamptz round trip")
                    .isEqualTo(end);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, BelgianCalendar.MAX_WORKING_DAYS + 1})
    void a_deadline_needs_between_one_and_the_maximum_working_days(int workingDays) {
        assertThatThrownBy(
                        () -> BelgianCalendar.dueAt(Instant.parse("2026-01-05T10:00:00Z"), workingDays, Community.VG))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void the_maximum_deadline_is_accepted() {
        Instant createdAt = Instant.parse("2026-01-05T10:00:00Z");

        assertThat(BelgianCalendar.dueAt(createdAt, BelgianCalendar.MAX_WORKING_DAYS, Community.VG))
                .isAfter(createdAt.plus(Duration.ofDays(BelgianCalendar.MAX_WORKING_DAYS)));
    }

    // --- statistics bucket -------------------------------------------------------------------

    @Test
    void a_referral_created_on_new_years_eve_after_23_utc_counts_in_january() {
        assertThat(BelgianCalendar.monthOf(Instant.parse("2025-12-31T23:30:00Z")))
                .isEqualTo(YearMonth.of(2026, 1));
        assertThat(BelgianCalendar.monthOf(Instant.parse("2025-12-31T22:59:59Z")))
                .isEqualTo(YearMonth.of(2025, 12));
        assertThat(BelgianCalendar.monthOf(Instant.parse("2026-06-30T22:30:00Z")))
                .as("summer time: +02:00")
                .isEqualTo(YearMonth.of(2026, 7));
    }
}

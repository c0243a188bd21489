package be.passerelle.core.referral;

import java.time.LocalDate;
import java.time.Month;

/**
 * The ten Belgian legal public holidays (Royal Decree of 18 April 1974). Easter Sunday and
 * Whit Sunday are holidays too but always fall on a Sunday, so they are not listed.
 */
public enum LegalHoliday {
    NEW_YEAR,
    EASTER_MONDAY,
    LABOUR_DAY,
    ASCENSION_DAY,
    WHIT_MONDAY,
    NATIONAL_DAY,
    ASSUMPTION,
    ALL_SAINTS,
    ARMISTICE,
    CHRISTMAS;

    /** This holiday's date in {@code year} (Gregorian calendar, from 1583 on). */
    public LocalDate in(int year) {
        return switch (this) {
            case NEW_YEAR -> LocalDate.of(year, Month.JANUARY, 1);
            case EASTER_MONDAY -> BelgianCalendar.easterSunday(year).plusDays(1);
            case LABOUR_DAY -> LocalDate.of(year, Month.MAY, 1);
            case ASCENSION_DAY -> BelgianCalendar.easterSunday(year).plusDays(39);
            case WHIT_MONDAY -> BelgianCalendar.easterSunday(year).plusDays(50);
            case NATIONAL_DAY -> LocalDate.of(year, Month.JULY, 21);
            case ASSUMPTION -> LocalDate.of(year, Month.AUGUST, 15);
            case ALL_SAINTS -> LocalDate.of(year, Month.NOVEMBER, 1);
            case ARMISTICE -> LocalDate.of(year, Month.NOVEMBER, 11);
            case CHRISTMAS -> LocalDate.of(year, Month.DECEMBER, 25);
        };
    }
}

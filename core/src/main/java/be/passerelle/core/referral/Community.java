package be.passerelle.core.referral;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Optional;

/**
 * The three Belgian communities, each with its own holiday, which is not a working day for a
 * receiver attached to that community (SPEC §4.3). The codes are the directory's area codes.
 */
public enum Community {
    /** Flemish Community (Vlaamse Gemeenschap): 11 July, Battle of the Golden Spurs. */
    VG(MonthDay.of(Month.JULY, 11)),
    /** French Community (Fédération Wallonie-Bruxelles): 27 September. */
    FWB(MonthDay.of(Month.SEPTEMBER, 27)),
    /** German-speaking Community (Deutschsprachige Gemeinschaft): 15 November. */
    DG(MonthDay.of(Month.NOVEMBER, 15));

    private final MonthDay holiday;

    Community(MonthDay holiday) {
        this.holiday = holiday;
    }

    /** The community's holiday in {@code year}. */
    public LocalDate holidayIn(int year) {
        return holiday.atYear(year);
    }

    public String code() {
        return name();
    }

    public static Optional<Community> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toUpperCase(Locale.ROOT);
        for (Community community : values()) {
            if (community.name().equals(wanted)) {
                return Optional.of(community);
            }
        }
        return Optional.empty();
    }
}

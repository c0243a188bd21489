package be.passerelle.web.admin.integration;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Times as the integration pages show them: Brussels time, the user's language; grace periods in hours. */
final class Moments {
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final DateTimeFormatter format;
    private final Clock clock;

    Moments(Locale locale, Clock clock) {
        this.clock = clock;
        this.format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(BRUSSELS);
    }

    public String format(OffsetDateTime time) {
        return time == null ? "" : format.format(time);
    }

    /** The whole hours from now until then, rounded to the nearest (0 when past). */
    public long hoursUntil(OffsetDateTime then) {
        if (then == null) {
            return 0;
        }
        Duration left = Duration.between(clock.instant(), then.toInstant());
        return left.isNegative() ? 0 : Math.round(left.toMinutes() / 60.0);
    }
}

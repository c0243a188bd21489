package be.passerelle.core.directory;

import be.passerelle.core.shared.InvalidInput;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** One opening period of a day of the week, Europe/Brussels time ({@code opens} before {@code closes}). */
public record OpeningPeriod(DayOfWeek day, LocalTime opens, LocalTime closes) {
    public OpeningPeriod {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (!opens.isBefore(closes)) {
            throw new InvalidInput("an opening period opens before it closes");
        }
    }
}

package be.passerelle.core.statistics;

/** Closed files by handling time in calendar days: 0–20, 21–45, 46–90, more than 90. */
public record HandlingTimes(int upTo20, int from21To45, int from46To90, int over90) {
    public static final HandlingTimes NONE = new HandlingTimes(0, 0, 0, 0);

    public long total() {
        return (long) upTo20 + from21To45 + from46To90 + over90;
    }

    public HandlingTimes plus(HandlingTimes other) {
        return new HandlingTimes(
                upTo20 + other.upTo20,
                from21To45 + other.from21To45,
                from46To90 + other.from46To90,
                over90 + other.over90);
    }
}

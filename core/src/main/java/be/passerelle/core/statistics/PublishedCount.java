package be.passerelle.core.statistics;

/**
 * A count as published: its value, or {@code null} when it is suppressed (SPEC §4.4).
 *
 * @param value the count, or null when suppressed
 */
public record PublishedCount(Long value) {
    public static final PublishedCount SUPPRESSED = new PublishedCount(null);

    public PublishedCount {
        if (value != null && value >= 1 && value < LineSuppression.THRESHOLD) {
            throw new IllegalArgumentException("a count between 1 and 4 is never published");
        }
        if (value != null && value < 0) {
            throw new IllegalArgumentException("a count is not negative");
        }
    }

    public static PublishedCount of(long value) {
        return new PublishedCount(value);
    }

    public boolean suppressed() {
        return value == null;
    }
}

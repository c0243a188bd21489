package be.passerelle.core.statistics;

/**
 * A rate or a median as published: its value, or {@code null} when it is suppressed because it would
 * be derived from fewer than five referrals or from a suppressed count (SPEC §4.4).
 *
 * @param value the figure, or null when suppressed
 */
public record PublishedFigure(Double value) {
    public static final PublishedFigure SUPPRESSED = new PublishedFigure(null);

    public static PublishedFigure of(double value) {
        return new PublishedFigure(value);
    }

    public boolean suppressed() {
        return value == null;
    }
}

package be.passerelle.core.statistics;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * How many referrals took each number of days: the rollup keeps these per receiver and year, so
 * that a median needs no scan of the referrals.
 *
 * @param referralsByDays number of days → number of referrals (non-negative days and counts)
 */
public record DurationHistogram(NavigableMap<Integer, Long> referralsByDays) {
    public static final DurationHistogram EMPTY = new DurationHistogram(new TreeMap<>());

    public DurationHistogram {
        referralsByDays.forEach((days, count) -> {
            if (days < 0 || count < 0) {
                throw new IllegalArgumentException("days and counts are not negative");
            }
        });
        referralsByDays = new TreeMap<>(referralsByDays);
    }

    public static DurationHistogram of(Map<Integer, Long> referralsByDays) {
        return new DurationHistogram(new TreeMap<>(referralsByDays));
    }

    /** The number of referrals measured. */
    public long size() {
        return referralsByDays.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The median number of days (the mean of the two middle values for an even size); NaN when empty. */
    public double median() {
        long n = size();
        if (n == 0) {
            return Double.NaN;
        }
        return (nth((n - 1) / 2) + nth(n / 2)) / 2.0;
    }

    /** The value of rank {@code index} (0-based) in ascending order. */
    private int nth(long index) {
        long seen = 0;
        for (Map.Entry<Integer, Long> entry : referralsByDays.entrySet()) {
            seen += entry.getValue();
            if (index < seen) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("index beyond the histogram");
    }
}

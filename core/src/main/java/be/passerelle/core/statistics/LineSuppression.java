package be.passerelle.core.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Suppression within one <em>line</em>: the cells of one breakdown of a group of referrals (the
 * senders of one receiver's referrals, the sectors of one month, …) whose total is published, or can
 * be derived from another published table, and is therefore assumed known to a reader.
 *
 * <p>Primary suppression hides every cell from 1 to 4. Knowing the total, a reader knows the sum of
 * the hidden cells; if only one cell is hidden, or the hidden cells leave no slack (two cells of 1
 * hidden in a line whose total says they add up to 2), they can be solved. So secondary suppression
 * hides further cells, smallest first, until every hidden cell could take at least two values. The
 * check assumes the strongest reader: one who knows which hidden cells are small (1 to 4) and which
 * were hidden as secondary cells (5 or more). Under a known sum {@code S}, a hidden cell {@code u}
 * can take every integer in {@code [max(lo_u, S − Σ_{v≠u} hi_v), min(hi_u, S − Σ_{v≠u} lo_v)]}
 * (sums of integer intervals are intervals), which must hold two values at least.
 *
 * <p>When even hiding every non-zero cell is not enough (a line of 1 and 5 adding up to a published
 * 6), the line cannot be protected while its total is known: {@link #protect} says so and the caller
 * hides the total as well, and with it the whole line.
 */
public final class LineSuppression {
    /** Counts below this (and above zero) are never published. */
    public static final long THRESHOLD = 5;

    private LineSuppression() {}

    /**
     * The cells to hide in a line whose total is known.
     *
     * @param cells every cell of the line (zeros may be left out)
     * @param forced cells that must be hidden anyway (e.g. a group whose own breakdown could not be protected)
     * @return the cells to hide, or empty when the line cannot be protected under a known total
     */
    public static <K> Optional<Set<K>> protect(Map<K, Long> cells, Set<K> forced) {
        Set<K> hidden = new LinkedHashSet<>();
        cells.forEach((key, count) -> {
            if (isSmall(count) || (forced.contains(key) && count > 0)) {
                hidden.add(key);
            }
        });
        if (hidden.isEmpty()) {
            return Optional.of(hidden);
        }
        List<Map.Entry<K, Long>> candidates = new ArrayList<>(cells.entrySet().stream()
                .filter(e -> e.getValue() >= THRESHOLD && !hidden.contains(e.getKey()))
                .toList());
        candidates.sort(Map.Entry.comparingByValue(Comparator.naturalOrder()));
        int next = 0;
        while (!safe(cells, hidden)) {
            if (next == candidates.size()) {
                return Optional.empty();
            }
            hidden.add(candidates.get(next++).getKey());
        }
        return Optional.of(hidden);
    }

    /** True when every hidden cell could take two values at least, given the sum of the hidden cells. */
    static <K> boolean safe(Map<K, Long> cells, Set<K> hidden) {
        long sum = 0;
        long lows = 0;
        long highs = 0;
        int unbounded = 0;
        for (K key : hidden) {
            long count = cells.get(key);
            sum += count;
            lows += low(count);
            if (isSmall(count)) {
                highs += THRESHOLD - 1;
            } else {
                unbounded++;
            }
        }
        for (K key : hidden) {
            long count = cells.get(key);
            boolean small = isSmall(count);
            long othersLow = lows - low(count);
            int othersUnbounded = unbounded - (small ? 0 : 1);
            long othersHigh = highs - (small ? THRESHOLD - 1 : 0);
            long from = othersUnbounded > 0 ? low(count) : Math.max(low(count), sum - othersHigh);
            long to = small ? Math.min(THRESHOLD - 1, sum - othersLow) : sum - othersLow;
            if (to <= from) {
                return false;
            }
        }
        return true;
    }

    /** A count from 1 to 4: published as suppressed, always. */
    public static boolean isSmall(long count) {
        return count >= 1 && count < THRESHOLD;
    }

    private static long low(long count) {
        return isSmall(count) ? 1 : THRESHOLD;
    }
}

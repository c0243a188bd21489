package be.passerelle.core.statistics;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A reader trying to solve hidden cells, written independently of {@link LineSuppression}: for a line
 * whose total it knows, it enumerates (by dynamic programming over the achievable sums) every value a
 * hidden cell could take, knowing even which hidden cells are small (1–4) and which are not (≥ 5).
 */
final class ReferralFlowAttacker {
    private ReferralFlowAttacker() {}

    /**
     * @param total the line's total as published
     * @param published the published cells' values
     * @param hidden the hidden cells' true values (used only for their kind: small or not)
     * @return for each hidden cell (in order), the set of values it could take
     */
    static List<TreeSet<Long>> possibleValues(long total, List<Long> published, List<Long> hidden) {
        long mass = total - published.stream().mapToLong(Long::longValue).sum();
        List<TreeSet<Long>> result = new ArrayList<>();
        for (int u = 0; u < hidden.size(); u++) {
            BitSet others = new BitSet();
            others.set(0);
            for (int v = 0; v < hidden.size(); v++) {
                if (v != u) {
                    others = add(others, hidden.get(v), mass);
                }
            }
            TreeSet<Long> values = new TreeSet<>();
            for (long x = low(hidden.get(u)); x <= high(hidden.get(u), mass); x++) {
                long rest = mass - x;
                if (rest >= 0 && others.get((int) rest)) {
                    values.add(x);
                }
            }
            result.add(values);
        }
        return result;
    }

    /** The sums reachable by adding one more cell of the kind of {@code count} to {@code sums}, up to {@code cap}. */
    private static BitSet add(BitSet sums, long count, long cap) {
        BitSet next = new BitSet();
        for (int s = sums.nextSetBit(0); s >= 0; s = sums.nextSetBit(s + 1)) {
            for (long x = low(count); x <= high(count, cap) && s + x <= cap; x++) {
                next.set((int) (s + x));
            }
        }
        return next;
    }

    private static long low(long count) {
        return count < 5 ? 1 : 5;
    }

    private static long high(long count, long cap) {
        return count < 5 ? 4 : cap;
    }

    /** The line's cells split into published values and hidden true values. */
    static <K> Split split(Map<K, Long> truth, Map<K, PublishedCount> published) {
        List<Long> shown = new ArrayList<>();
        List<Long> hidden = new ArrayList<>();
        published.forEach((key, count) -> {
            if (count.suppressed()) {
                hidden.add(truth.get(key));
            } else {
                shown.add(count.value());
            }
        });
        return new Split(shown, hidden);
    }

    record Split(List<Long> published, List<Long> hidden) {}
}

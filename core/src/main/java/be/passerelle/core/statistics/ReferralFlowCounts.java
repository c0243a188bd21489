package be.passerelle.core.statistics;

import be.passerelle.core.referral.ReferralState;
import java.util.Map;

/**
 * The exact, unpublishable counts of one year, as the rollups hold them (never shown as such).
 * Institutions are named by their public slugs.
 *
 * @param year the year of creation (Europe/Brussels)
 * @param bySector month (1–12) → sector → referrals created
 * @param byLanguage month → the citizen's language ({@code unknown} when not given) → referrals
 * @param byRegion month → the citizen's region ({@code unknown} when not given) → referrals
 * @param flows receiver → sender → referrals
 * @param states receiver → current state → referrals
 * @param durations receiver → metric → histogram of days
 */
public record ReferralFlowCounts(
        int year,
        Map<Integer, Map<String, Long>> bySector,
        Map<Integer, Map<String, Long>> byLanguage,
        Map<Integer, Map<String, Long>> byRegion,
        Map<String, Map<String, Long>> flows,
        Map<String, Map<ReferralState, Long>> states,
        Map<String, Map<DurationMetric, DurationHistogram>> durations) {

    public ReferralFlowCounts {
        bySector = Map.copyOf(bySector);
        byLanguage = Map.copyOf(byLanguage);
        byRegion = Map.copyOf(byRegion);
        flows = Map.copyOf(flows);
        states = Map.copyOf(states);
        durations = Map.copyOf(durations);
    }

    /** Referrals created in {@code month}. */
    public long referralsIn(int month) {
        return sum(bySector.getOrDefault(month, Map.of()));
    }

    /** Referrals received by {@code receiver} in the year. */
    public long receivedBy(String receiver) {
        return sum(states.getOrDefault(receiver, Map.of()));
    }

    static long sum(Map<?, Long> cells) {
        return cells.values().stream().mapToLong(Long::longValue).sum();
    }
}

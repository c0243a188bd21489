package be.passerelle.core.statistics;

import be.passerelle.core.referral.ReferralState;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One referral as the statistics see it, and the exact counts of a list of them (test fixture). */
record FlowFact(
        int month,
        String sender,
        String receiver,
        String sector,
        String language,
        String region,
        ReferralState state,
        Integer daysToAcknowledge) {

    static ReferralFlowCounts counts(int year, List<FlowFact> facts) {
        Map<Integer, Map<String, Long>> sectors = new HashMap<>();
        Map<Integer, Map<String, Long>> languages = new HashMap<>();
        Map<Integer, Map<String, Long>> regions = new HashMap<>();
        Map<String, Map<String, Long>> flows = new HashMap<>();
        Map<String, Map<ReferralState, Long>> states = new HashMap<>();
        Map<String, Map<Integer, Long>> acknowledge = new HashMap<>();
        for (FlowFact f : facts) {
            add(sectors.computeIfAbsent(f.month, m -> new HashMap<>()), f.sector);
            add(languages.computeIfAbsent(f.month, m -> new HashMap<>()), f.language);
            add(regions.computeIfAbsent(f.month, m -> new HashMap<>()), f.region);
            add(flows.computeIfAbsent(f.receiver, r -> new HashMap<>()), f.sender);
            add(states.computeIfAbsent(f.receiver, r -> new EnumMap<>(ReferralState.class)), f.state);
            if (f.daysToAcknowledge != null) {
                add(acknowledge.computeIfAbsent(f.receiver, r -> new TreeMap<>()), f.daysToAcknowledge);
            }
        }
        Map<String, Map<DurationMetric, DurationHistogram>> durations = new HashMap<>();
        acknowledge.forEach((receiver, days) ->
                durations.put(receiver, Map.of(DurationMetric.ACKNOWLEDGE, DurationHistogram.of(days))));
        return new ReferralFlowCounts(year, sectors, languages, regions, flows, states, durations);
    }

    private static <K> void add(Map<K, Long> cells, K key) {
        cells.merge(key, 1L, Long::sum);
    }
}

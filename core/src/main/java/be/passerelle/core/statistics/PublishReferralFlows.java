package be.passerelle.core.statistics;

import be.passerelle.core.referral.ReferralState;
import be.passerelle.core.statistics.ReferralFlowTables.Breakdown;
import be.passerelle.core.statistics.ReferralFlowTables.Cell;
import be.passerelle.core.statistics.ReferralFlowTables.Flow;
import be.passerelle.core.statistics.ReferralFlowTables.Month;
import be.passerelle.core.statistics.ReferralFlowTables.Receiver;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns a year's exact counts into the published tables (SPEC §4.4), a pure function.
 *
 * <p><b>Why no suppressed cell can be recomputed.</b> "Totals from published cells only" is not enough
 * on its own: two tables that break down the same referrals share their (unpublished) total, so a
 * reader who sees one breakdown complete learns the total and solves a lone hidden cell of the other
 * (e.g. a receiver's referrals by state, all published, against the same receiver's referrals by
 * sender, one hidden). So the published figures are organised as a tree of groups whose totals are
 * treated as known:
 *
 * <ul>
 *   <li>the year (total {@code referrals}) is broken down by month (network-wide only) and by receiver;
 *   <li>each month is broken down by sector, by language and by region;
 *   <li>each receiver's year is broken down by state and by sender (the flows table).
 * </ul>
 *
 * Every breakdown is a {@link LineSuppression line} protected under its known total; a total that is
 * itself suppressed hides its breakdowns entirely (not even which categories are non-zero), so the
 * breakdowns of a hidden total say nothing about it. Breakdowns of one group in different tables
 * share nothing but that group's total (any set of breakdowns with equal totals can be realised
 * together), and the sender dimension appears in one table only, so differencing two tables gives
 * nothing that the lines' protection does not already cover. A breakdown that cannot be protected
 * under a known total makes its total suppressed in the parent line (secondary suppression upwards);
 * if the top lines cannot be protected, the whole year is suppressed. Rates are computed from
 * published cells only; medians reveal no count.
 *
 * <p>Not covered: differencing the same year's tables published at two different times (each
 * refresh can show one referral's move between states); this is inherent to live statistics.
 */
public final class PublishReferralFlows {

    private PublishReferralFlows() {}

    public static ReferralFlowTables publish(ReferralFlowCounts raw, Instant asOf) {
        Map<Integer, Long> monthTotals = new LinkedHashMap<>();
        Map<Integer, List<Optional<Set<String>>>> monthLines = new TreeMap<>();
        Set<Integer> unprotectedMonths = new HashSet<>();
        for (int month = 1; month <= 12; month++) {
            monthTotals.put(month, raw.referralsIn(month));
            List<Optional<Set<String>>> lines = List.of(
                    protect(raw.bySector().get(month)),
                    protect(raw.byLanguage().get(month)),
                    protect(raw.byRegion().get(month)));
            monthLines.put(month, lines);
            if (lines.stream().anyMatch(Optional::isEmpty)) {
                unprotectedMonths.add(month);
            }
        }
        Set<String> receivers = new TreeSet<>(raw.states().keySet());
        receivers.addAll(raw.flows().keySet());
        Map<String, Long> receiverTotals = new LinkedHashMap<>();
        Map<String, Optional<Set<String>>> senderLines = new TreeMap<>();
        Map<String, Optional<Set<ReferralState>>> stateLines = new TreeMap<>();
        Set<String> unprotectedReceivers = new HashSet<>();
        for (String receiver : receivers) {
            receiverTotals.put(receiver, raw.receivedBy(receiver));
            Optional<Set<String>> senders = protect(raw.flows().get(receiver));
            Optional<Set<ReferralState>> states = protect(raw.states().get(receiver));
            senderLines.put(receiver, senders);
            stateLines.put(receiver, states);
            if (senders.isEmpty() || states.isEmpty()) {
                unprotectedReceivers.add(receiver);
            }
        }
        long year = ReferralFlowCounts.sum(monthTotals);
        Optional<Set<Integer>> hiddenMonths = LineSuppression.protect(monthTotals, unprotectedMonths);
        Optional<Set<String>> hiddenReceivers = LineSuppression.protect(receiverTotals, unprotectedReceivers);
        boolean yearShown = !LineSuppression.isSmall(year) && hiddenMonths.isPresent() && hiddenReceivers.isPresent();

        List<Month> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            boolean shown = yearShown && !hiddenMonths.orElseThrow().contains(month);
            List<Optional<Set<String>>> lines = monthLines.get(month);
            months.add(new Month(
                    month,
                    shown ? PublishedCount.of(monthTotals.get(month)) : PublishedCount.SUPPRESSED,
                    shown ? breakdown(raw.bySector().get(month), lines.get(0)) : Breakdown.HIDDEN,
                    shown ? breakdown(raw.byLanguage().get(month), lines.get(1)) : Breakdown.HIDDEN,
                    shown ? breakdown(raw.byRegion().get(month), lines.get(2)) : Breakdown.HIDDEN));
        }
        List<Receiver> receiverRows = new ArrayList<>();
        List<Flow> flows = new ArrayList<>();
        for (String receiver : receivers) {
            boolean shown = yearShown && !hiddenReceivers.orElseThrow().contains(receiver);
            if (!shown) {
                receiverRows.add(new Receiver(
                        receiver,
                        PublishedCount.SUPPRESSED,
                        Breakdown.HIDDEN,
                        PublishedFigure.SUPPRESSED,
                        PublishedFigure.SUPPRESSED,
                        PublishedFigure.SUPPRESSED,
                        PublishedFigure.SUPPRESSED));
                continue;
            }
            long received = receiverTotals.get(receiver);
            Map<ReferralState, Long> states = new EnumMap<>(ReferralState.class);
            for (ReferralState state : ReferralState.values()) {
                states.put(state, raw.states().getOrDefault(receiver, Map.of()).getOrDefault(state, 0L));
            }
            Set<ReferralState> hiddenStates = stateLines.get(receiver).orElseThrow();
            List<Cell> stateCells = new ArrayList<>();
            states.forEach((state, count) ->
                    stateCells.add(new Cell(state.name(), cell(count, hiddenStates.contains(state)))));
            Map<DurationMetric, DurationHistogram> durations = raw.durations().getOrDefault(receiver, Map.of());
            receiverRows.add(new Receiver(
                    receiver,
                    PublishedCount.of(received),
                    new Breakdown(false, stateCells),
                    acceptanceRate(states, hiddenStates, received),
                    median(durations.get(DurationMetric.ACKNOWLEDGE)),
                    median(durations.get(DurationMetric.ACCEPT)),
                    median(durations.get(DurationMetric.CLOSE))));
            Set<String> hiddenSenders = senderLines.get(receiver).orElseThrow();
            new TreeMap<>(raw.flows().getOrDefault(receiver, Map.of())).forEach((sender, count) -> {
                if (count > 0) {
                    flows.add(new Flow(sender, receiver, cell(count, hiddenSenders.contains(sender))));
                }
            });
        }
        return new ReferralFlowTables(
                raw.year(),
                asOf,
                yearShown ? PublishedCount.of(year) : PublishedCount.SUPPRESSED,
                months,
                receiverRows,
                flows);
    }

    private static <K> Optional<Set<K>> protect(Map<K, Long> cells) {
        return LineSuppression.protect(cells == null ? Map.of() : cells, Set.of());
    }

    private static Breakdown breakdown(Map<String, Long> cells, Optional<Set<String>> hidden) {
        List<Cell> published = new ArrayList<>();
        new TreeMap<>(cells == null ? Map.<String, Long>of() : cells).forEach((category, count) -> {
            if (count > 0) {
                published.add(
                        new Cell(category, cell(count, hidden.orElseThrow().contains(category))));
            }
        });
        return new Breakdown(false, published);
    }

    private static PublishedCount cell(long count, boolean hidden) {
        return hidden ? PublishedCount.SUPPRESSED : PublishedCount.of(count);
    }

    /** (ACCEPTED + CLOSED) / received, only when both cells and the total are published (≥ 5 referrals). */
    private static PublishedFigure acceptanceRate(
            Map<ReferralState, Long> states, Set<ReferralState> hidden, long received) {
        if (received < LineSuppression.THRESHOLD
                || hidden.contains(ReferralState.ACCEPTED)
                || hidden.contains(ReferralState.CLOSED)) {
            return PublishedFigure.SUPPRESSED;
        }
        long accepted = states.get(ReferralState.ACCEPTED) + states.get(ReferralState.CLOSED);
        return PublishedFigure.of(Math.round(accepted * 10_000.0 / received) / 10_000.0);
    }

    private static PublishedFigure median(DurationHistogram histogram) {
        if (histogram == null || histogram.size() < LineSuppression.THRESHOLD) {
            return PublishedFigure.SUPPRESSED;
        }
        return PublishedFigure.of(histogram.median());
    }
}

package be.passerelle.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.core.referral.ReferralState;
import be.passerelle.core.statistics.ReferralFlowTables.Breakdown;
import be.passerelle.core.statistics.ReferralFlowTables.Flow;
import be.passerelle.core.statistics.ReferralFlowTables.Month;
import be.passerelle.core.statistics.ReferralFlowTables.Receiver;
import be.passerelle.core.testing.PropertyTest;
import be.passerelle.core.testing.Samples;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On random years of referrals (few categories, so that small counts abound), no published table lets
 * a reader solve a suppressed cell, alone or differenced with another table.
 */
class ReferralFlowSuppressionPropertiesTest {

    /** 300 years of referrals, after the edge cases. */
    static Stream<Arguments> years() {
        return years(300);
    }

    /** 500 years of referrals, after the edge cases. */
    static Stream<Arguments> moreYears() {
        return years(500);
    }

    /**
     * Years of 0 to 150 referrals, as often under 20 as not, so that small counts abound; and as
     * examples: no referral, one, a single cell of 4, 5 and 6 (each side of the threshold), a cell of 5
     * beside a cell of 1 in the same receiver, and 150 in one cell.
     */
    private static Stream<Arguments> years(int count) {
        FlowFact one = new FlowFact(1, "wal", "r-wal", "energy", "fr", "WAL", ReferralState.ACCEPTED, 3);
        FlowFact other = new FlowFact(12, "nrj", "r-wal", "tax", "nl", "VLA", ReferralState.SENT, null);
        List<FlowFact> fivePlusOne = new ArrayList<>(Collections.nCopies(5, one));
        fivePlusOne.add(other);
        return Samples.of(count, ReferralFlowSuppressionPropertiesTest::year)
                .withExamples(
                        List.of(),
                        List.of(one),
                        Collections.nCopies(4, one),
                        Collections.nCopies(5, one),
                        Collections.nCopies(6, one),
                        fivePlusOne,
                        Collections.nCopies(150, one))
                .stream();
    }

    private static List<FlowFact> year(RandomGenerator random) {
        int size = random.nextBoolean() ? random.nextInt(0, 20) : random.nextInt(0, 151);
        List<FlowFact> facts = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            facts.add(new FlowFact(
                    Samples.oneOf(random, 1, 2, 3, 12),
                    Samples.oneOf(random, "wal", "nrj", "fed", "vlo"),
                    Samples.oneOf(random, "r-wal", "r-nrj", "r-fed"),
                    Samples.oneOf(random, "energy", "telecom", "tax"),
                    Samples.oneOf(random, "fr", "nl", "de", "unknown"),
                    Samples.oneOf(random, "BRU", "WAL", "VLA", "unknown"),
                    Samples.oneOf(random, ReferralState.values()),
                    Samples.maybe(random, 0.7, () -> random.nextInt(0, 13)).orElse(null)));
        }
        return facts;
    }

    @PropertyTest
    @MethodSource("years")
    void no_published_count_is_between_one_and_four(List<FlowFact> facts) {
        ReferralFlowTables tables = publish(facts);
        allCounts(tables)
                .filter(c -> !c.suppressed())
                .forEach(c -> assertThat(c.value())
                        .satisfiesAnyOf(
                                v -> assertThat(v).isZero(), v -> assertThat(v).isGreaterThanOrEqualTo(5)));
    }

    @PropertyTest
    @MethodSource("years")
    void the_monthly_network_table_lets_no_hidden_cell_be_solved(List<FlowFact> facts) {
        ReferralFlowCounts raw = FlowFact.counts(2026, facts);
        ReferralFlowTables tables = PublishReferralFlows.publish(raw, Instant.EPOCH);
        monthlyLines(raw, tables).forEach(ReferralFlowSuppressionPropertiesTest::assertProtected);
    }

    @PropertyTest
    @MethodSource("years")
    void the_receivers_table_lets_no_hidden_cell_be_solved(List<FlowFact> facts) {
        ReferralFlowCounts raw = FlowFact.counts(2026, facts);
        ReferralFlowTables tables = PublishReferralFlows.publish(raw, Instant.EPOCH);
        receiverLines(raw, tables).forEach(ReferralFlowSuppressionPropertiesTest::assertProtected);
    }

    @PropertyTest
    @MethodSource("years")
    void the_flows_table_lets_no_hidden_cell_be_solved(List<FlowFact> facts) {
        ReferralFlowCounts raw = FlowFact.counts(2026, facts);
        ReferralFlowTables tables = PublishReferralFlows.publish(raw, Instant.EPOCH);
        flowLines(raw, tables).forEach(ReferralFlowSuppressionPropertiesTest::assertProtected);
    }

    /**
     * The differencing attack across two tables: a receiver's yearly total from the receivers table minus
     * the published flows into it from the flows table is the mass of the hidden flows; it must never
     * be a single hidden cell, and no hidden flow may have a single possible value.
     */
    @PropertyTest
    @MethodSource("moreYears")
    void differencing_the_receivers_table_and_the_flows_table_solves_no_hidden_flow(List<FlowFact> facts) {
        ReferralFlowCounts raw = FlowFact.counts(2026, facts);
        ReferralFlowTables tables = PublishReferralFlows.publish(raw, Instant.EPOCH);
        for (Receiver receiver : tables.receivers()) {
            List<Flow> into = tables.flows().stream()
                    .filter(f -> f.receiver().equals(receiver.receiver()))
                    .toList();
            if (receiver.received().suppressed()) {
                assertThat(into)
                        .as("flows into a hidden receiver are not listed")
                        .isEmpty();
                continue;
            }
            long hiddenMass = receiver.received().value()
                    - into.stream()
                            .filter(f -> !f.referrals().suppressed())
                            .mapToLong(f -> f.referrals().value())
                            .sum();
            List<Long> hidden = into.stream()
                    .filter(f -> f.referrals().suppressed())
                    .map(f -> raw.flows().get(receiver.receiver()).get(f.sender()))
                    .toList();
            assertThat(hidden)
                    .as("hidden flows into " + receiver.receiver())
                    .hasSizeBetween(hiddenMass == 0 ? 0 : 2, 99);
            assertThat(hidden.stream().mapToLong(Long::longValue).sum()).isEqualTo(hiddenMass);
            List<Long> shown = into.stream()
                    .filter(f -> !f.referrals().suppressed())
                    .map(f -> f.referrals().value())
                    .toList();
            ReferralFlowAttacker.possibleValues(receiver.received().value(), shown, hidden)
                    .forEach(values -> assertThat(values).hasSizeGreaterThanOrEqualTo(2));
        }
        // the year's total, the months and the receivers agree on the published year
        if (!tables.referrals().suppressed()) {
            assertThat(tables.referrals().value()).isEqualTo(facts.size());
        }
    }

    @PropertyTest
    @MethodSource("years")
    void a_suppressed_total_hides_its_breakdowns_and_derived_figures(List<FlowFact> facts) {
        ReferralFlowTables tables = publish(facts);
        for (Month month : tables.months()) {
            if (month.referrals().suppressed()) {
                assertThat(List.of(month.bySector(), month.byLanguage(), month.byRegion()))
                        .allMatch(Breakdown::suppressed);
            }
        }
        for (Receiver receiver : tables.receivers()) {
            if (receiver.received().suppressed()) {
                assertThat(receiver.byState().suppressed()).isTrue();
                assertThat(receiver.acceptanceRate().suppressed()).isTrue();
                assertThat(receiver.medianDaysToAcknowledge().suppressed()).isTrue();
            }
        }
        if (tables.referrals().suppressed()) {
            assertThat(tables.months()).allMatch(m -> m.referrals().suppressed());
            assertThat(tables.receivers()).allMatch(r -> r.received().suppressed());
        }
    }

    @PropertyTest
    @MethodSource("years")
    void rates_come_from_published_cells_and_medians_from_five_referrals_or_more(List<FlowFact> facts) {
        ReferralFlowCounts raw = FlowFact.counts(2026, facts);
        ReferralFlowTables tables = PublishReferralFlows.publish(raw, Instant.EPOCH);
        for (Receiver receiver : tables.receivers()) {
            if (!receiver.acceptanceRate().suppressed()) {
                Map<String, PublishedCount> states = cells(receiver.byState());
                long accepted =
                        states.get("ACCEPTED").value() + states.get("CLOSED").value();
                assertThat(receiver.acceptanceRate().value())
                        .isCloseTo(
                                (double) accepted / receiver.received().value(),
                                org.assertj.core.data.Offset.offset(1e-4));
            }
            if (!receiver.medianDaysToAcknowledge().suppressed()) {
                assertThat(raw.durations()
                                .get(receiver.receiver())
                                .get(DurationMetric.ACKNOWLEDGE)
                                .size())
                        .isGreaterThanOrEqualTo(5);
            }
        }
    }

    private static ReferralFlowTables publish(List<FlowFact> facts) {
        return PublishReferralFlows.publish(FlowFact.counts(2026, facts), Instant.EPOCH);
    }

    /** A line as a reader sees it: a known (or hidden) total and its cells; the truth beside it. */
    record Line(String name, PublishedCount total, Map<String, Long> truth, Map<String, PublishedCount> published) {}

    private static void assertProtected(Line line) {
        line.truth.forEach((key, count) -> {
            if (count > 0) {
                assertThat(line.published).as(line.name + " lists " + key).containsKey(key);
            }
        });
        line.published.forEach((key, count) -> {
            if (!count.suppressed()) {
                assertThat(count.value()).as(line.name + " " + key).isEqualTo(line.truth.getOrDefault(key, 0L));
            }
        });
        if (line.total.suppressed()) {
            return;
        }
        assertThat(line.truth.values().stream().mapToLong(Long::longValue).sum())
                .as(line.name + " adds up")
                .isEqualTo(line.total.value());
        ReferralFlowAttacker.Split split = ReferralFlowAttacker.split(line.truth, line.published);
        List<TreeSet<Long>> possible =
                ReferralFlowAttacker.possibleValues(line.total.value(), split.published(), split.hidden());
        for (int i = 0; i < possible.size(); i++) {
            assertThat(possible.get(i))
                    .as(line.name + ": hidden cell of " + split.hidden().get(i) + " can be solved")
                    .hasSizeGreaterThanOrEqualTo(2)
                    .contains(split.hidden().get(i));
        }
    }

    private static List<Line> monthlyLines(ReferralFlowCounts raw, ReferralFlowTables tables) {
        List<Line> lines = new ArrayList<>();
        Map<String, Long> monthTruth = new LinkedHashMap<>();
        Map<String, PublishedCount> monthPublished = new LinkedHashMap<>();
        for (Month month : tables.months()) {
            monthTruth.put("m" + month.month(), raw.referralsIn(month.month()));
            monthPublished.put("m" + month.month(), month.referrals());
            if (!month.referrals().suppressed()) {
                lines.add(line(
                        "sectors of " + month.month(),
                        month.referrals(),
                        raw.bySector().get(month.month()),
                        month.bySector()));
                lines.add(line(
                        "languages of " + month.month(),
                        month.referrals(),
                        raw.byLanguage().get(month.month()),
                        month.byLanguage()));
                lines.add(line(
                        "regions of " + month.month(),
                        month.referrals(),
                        raw.byRegion().get(month.month()),
                        month.byRegion()));
            }
        }
        lines.add(new Line("months", tables.referrals(), monthTruth, monthPublished));
        return lines;
    }

    private static List<Line> receiverLines(ReferralFlowCounts raw, ReferralFlowTables tables) {
        List<Line> lines = new ArrayList<>();
        Map<String, Long> truth = new LinkedHashMap<>();
        Map<String, PublishedCount> published = new LinkedHashMap<>();
        for (Receiver receiver : tables.receivers()) {
            truth.put(receiver.receiver(), raw.receivedBy(receiver.receiver()));
            published.put(receiver.receiver(), receiver.received());
            if (!receiver.received().suppressed()) {
                Map<String, Long> states = new HashMap<>();
                raw.states().get(receiver.receiver()).forEach((state, count) -> states.put(state.name(), count));
                lines.add(line("states of " + receiver.receiver(), receiver.received(), states, receiver.byState()));
            }
        }
        lines.add(new Line("receivers", tables.referrals(), truth, published));
        return lines;
    }

    private static List<Line> flowLines(ReferralFlowCounts raw, ReferralFlowTables tables) {
        List<Line> lines = new ArrayList<>();
        for (Receiver receiver : tables.receivers()) {
            if (!receiver.received().suppressed()) {
                Map<String, PublishedCount> published = new LinkedHashMap<>();
                tables.flows().stream()
                        .filter(f -> f.receiver().equals(receiver.receiver()))
                        .forEach(f -> published.put(f.sender(), f.referrals()));
                lines.add(new Line(
                        "senders to " + receiver.receiver(),
                        receiver.received(),
                        raw.flows().get(receiver.receiver()),
                        published));
            }
        }
        return lines;
    }

    private static Line line(String name, PublishedCount total, Map<String, Long> truth, Breakdown breakdown) {
        assertThat(breakdown.suppressed())
                .as(name + " of a published total is shown")
                .isFalse();
        return new Line(name, total, truth == null ? Map.of() : truth, cells(breakdown));
    }

    private static Map<String, PublishedCount> cells(Breakdown breakdown) {
        Map<String, PublishedCount> cells = new LinkedHashMap<>();
        breakdown.cells().forEach(c -> cells.put(c.category(), c.referrals()));
        return cells;
    }

    private static Stream<PublishedCount> allCounts(ReferralFlowTables tables) {
        return Stream.of(
                        Stream.of(tables.referrals()),
                        tables.months().stream()
                                .flatMap(m -> Stream.of(
                                                Stream.of(m.referrals()),
                                                m.bySector().cells().stream().map(c -> c.referrals()),
                                                m.byLanguage().cells().stream().map(c -> c.referrals()),
                                                m.byRegion().cells().stream().map(c -> c.referrals()))
                                        .flatMap(s -> s)),
                        tables.receivers().stream()
                                .flatMap(r -> Stream.concat(
                                        Stream.of(r.received()),
                                        r.byState().cells().stream().map(c -> c.referrals()))),
                        tables.flows().stream().map(Flow::referrals))
                .flatMap(s -> s);
    }
}

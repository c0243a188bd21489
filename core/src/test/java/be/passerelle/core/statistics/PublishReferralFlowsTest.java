package be.passerelle.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.core.referral.ReferralState;
import be.passerelle.core.statistics.ReferralFlowTables.Flow;
import be.passerelle.core.statistics.ReferralFlowTables.Receiver;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublishReferralFlowsTest {

    private static List<FlowFact> referrals(
            int count, String sender, String receiver, ReferralState state, Integer days) {
        List<FlowFact> facts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            facts.add(new FlowFact(1 + i % 12, sender, receiver, "energy", "fr", "WAL", state, days));
        }
        return facts;
    }

    @Test
    void naive_differencing_of_received_and_published_flows_would_reveal_a_small_flow_which_is_therefore_not_alone() {
        List<FlowFact> facts = new ArrayList<>();
        facts.addAll(referrals(3, "wal", "nrj", ReferralState.SENT, null));
        facts.addAll(referrals(20, "fed", "nrj", ReferralState.ACCEPTED, 2));
        facts.addAll(referrals(10, "vlo", "nrj", ReferralState.CLOSED, 1));
        ReferralFlowTables tables = PublishReferralFlows.publish(FlowFact.counts(2026, facts), Instant.EPOCH);

        Receiver nrj = tables.receivers().get(0);
        assertThat(nrj.received().value()).isEqualTo(33);
        assertThat(tables.flows())
                .extracting(Flow::sender, f -> f.referrals().value())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("fed", 20L),
                        org.assertj.core.groups.Tuple.tuple("vlo", null),
                        org.assertj.core.groups.Tuple.tuple("wal", null));
        // 33 - 20 = 13 = wal + vlo: wal can be anything from 1 to 4
    }

    @Test
    void a_receiver_publishes_its_states_rate_and_medians() {
        List<FlowFact> facts = new ArrayList<>();
        facts.addAll(referrals(10, "wal", "nrj", ReferralState.ACCEPTED, 2));
        facts.addAll(referrals(5, "fed", "nrj", ReferralState.CLOSED, 4));
        facts.addAll(referrals(5, "vlo", "nrj", ReferralState.DECLINED, 6));
        ReferralFlowCounts raw = FlowFact.counts(2026, facts);
        ReferralFlowTables tables = PublishReferralFlows.publish(raw, Instant.EPOCH);

        Receiver nrj = tables.receivers().get(0);
        assertThat(nrj.acceptanceRate().value()).isEqualTo(0.75);
        assertThat(nrj.medianDaysToAcknowledge().value()).isEqualTo(3.0);
        assertThat(nrj.medianDaysToAccept().suppressed()).isTrue();
        assertThat(nrj.byState().cells()).hasSize(ReferralState.values().length);
        assertThat(tables.referrals().value()).isEqualTo(20);
        assertThat(tables.months()).hasSize(12);
    }

    @Test
    void a_receiver_whose_flows_cannot_be_protected_is_hidden_with_all_its_breakdowns() {
        List<FlowFact> facts = new ArrayList<>();
        facts.addAll(referrals(1, "wal", "small", ReferralState.SENT, null));
        facts.addAll(referrals(5, "fed", "small", ReferralState.SENT, null));
        facts.addAll(referrals(40, "fed", "big", ReferralState.SENT, null));
        facts.addAll(referrals(30, "wal", "big", ReferralState.SENT, null));
        ReferralFlowTables tables = PublishReferralFlows.publish(FlowFact.counts(2026, facts), Instant.EPOCH);

        Receiver small = tables.receivers().stream()
                .filter(r -> r.receiver().equals("small"))
                .findFirst()
                .orElseThrow();
        assertThat(small.received().suppressed()).isTrue();
        assertThat(small.byState().suppressed()).isTrue();
        assertThat(tables.flows()).noneMatch(f -> f.receiver().equals("small"));
        // the receivers line then holds one hidden receiver of 6 beside 70: "big" is hidden too
        assertThat(tables.referrals().value()).isEqualTo(76);
    }

    @Test
    void a_year_of_fewer_than_five_referrals_is_hidden_entirely() {
        ReferralFlowTables tables = PublishReferralFlows.publish(
                FlowFact.counts(2026, referrals(3, "wal", "nrj", ReferralState.SENT, null)), Instant.EPOCH);
        assertThat(tables.referrals().suppressed()).isTrue();
        assertThat(tables.months())
                .allMatch(m -> m.referrals().suppressed() && m.bySector().suppressed());
        assertThat(tables.flows()).isEmpty();
    }

    @Test
    void an_empty_year_publishes_zeros() {
        ReferralFlowTables tables = PublishReferralFlows.publish(FlowFact.counts(2026, List.of()), Instant.EPOCH);
        assertThat(tables.referrals().value()).isZero();
        assertThat(tables.months())
                .allMatch(
                        m -> m.referrals().value() == 0 && m.bySector().cells().isEmpty());
        assertThat(tables.receivers()).isEmpty();
    }

    @Test
    void medians_come_from_the_histogram() {
        assertThat(DurationHistogram.of(Map.of(1, 2L, 5, 1L)).median()).isEqualTo(1.0);
        assertThat(DurationHistogram.of(Map.of(1, 2L, 5, 2L)).median()).isEqualTo(3.0);
        assertThat(DurationHistogram.of(Map.of(0, 1L, 3, 1L, 9, 1L)).median()).isEqualTo(3.0);
    }
}

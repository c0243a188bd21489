package be.passerelle.core.referral;

import static be.passerelle.core.referral.Party.RECEIVER;
import static be.passerelle.core.referral.Party.SENDER;
import static be.passerelle.core.referral.ReferralAction.ACCEPT;
import static be.passerelle.core.referral.ReferralAction.ACKNOWLEDGE;
import static be.passerelle.core.referral.ReferralAction.CLOSE;
import static be.passerelle.core.referral.ReferralAction.DECLINE;
import static be.passerelle.core.referral.ReferralAction.FORWARD;
import static be.passerelle.core.referral.ReferralAction.WITHDRAW;
import static be.passerelle.core.referral.ReferralState.ACCEPTED;
import static be.passerelle.core.referral.ReferralState.ACKNOWLEDGED;
import static be.passerelle.core.referral.ReferralState.CLOSED;
import static be.passerelle.core.referral.ReferralState.DECLINED;
import static be.passerelle.core.referral.ReferralState.FORWARDED;
import static be.passerelle.core.referral.ReferralState.SENT;
import static be.passerelle.core.referral.ReferralState.WITHDRAWN;
import static be.passerelle.core.shared.TenantStatus.ACTIVE;
import static be.passerelle.core.shared.TenantStatus.PROVISIONING;
import static be.passerelle.core.shared.TenantStatus.SUSPENDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.shared.DomainException;
import be.passerelle.core.shared.TenantStatus;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ReferralStateMachineTest {

    /**
     * The expected outcome of every (state, action) pair, written independently of the production
     * table: the state reached with an active receiver, then with a suspended one ("-" = 409).
     */
    private static final String EXPECTED = """
            SENT          ACKNOWLEDGE  ACKNOWLEDGED  ACKNOWLEDGED
            SENT          ACCEPT       ACCEPTED      ACCEPTED
            SENT          DECLINE      DECLINED      DECLINED
            SENT          FORWARD      FORWARDED     FORWARDED
            SENT          CLOSE        -             -
            SENT          WITHDRAW     WITHDRAWN     WITHDRAWN
            ACKNOWLEDGED  ACKNOWLEDGE  -             -
            ACKNOWLEDGED  ACCEPT       ACCEPTED      ACCEPTED
            ACKNOWLEDGED  DECLINE      DECLINED      DECLINED
            ACKNOWLEDGED  FORWARD      FORWARDED     FORWARDED
            ACKNOWLEDGED  CLOSE        -             -
            ACKNOWLEDGED  WITHDRAW     WITHDRAWN     WITHDRAWN
            ACCEPTED      ACKNOWLEDGE  -             -
            ACCEPTED      ACCEPT       -             -
            ACCEPTED      DECLINE      -             -
            ACCEPTED      FORWARD      -             -
            ACCEPTED      CLOSE        CLOSED        CLOSED
            ACCEPTED      WITHDRAW     -             WITHDRAWN
            CLOSED        ACKNOWLEDGE  -             -
            CLOSED        ACCEPT       -             -
            CLOSED        DECLINE      -             -
            CLOSED        FORWARD      -             -
            CLOSED        CLOSE        -             -
            CLOSED        WITHDRAW     -             -
            DECLINED      ACKNOWLEDGE  -             -
            DECLINED      ACCEPT       -             -
            DECLINED      DECLINE      -             -
            DECLINED      FORWARD      -             -
            DECLINED      CLOSE        -             -
            DECLINED      WITHDRAW     -             -
            FORWARDED     ACKNOWLEDGE  -             -
            FORWARDED     ACCEPT       -             -
            FORWARDED     DECLINE      -             -
            FORWARDED     FORWARD      -             -
            FORWARDED     CLOSE        -             -
            FORWARDED     WITHDRAW     -             -
            WITHDRAWN     ACKNOWLEDGE  -             -
            WITHDRAWN     ACCEPT       -             -
            WITHDRAWN     DECLINE      -             -
            WITHDRAWN     FORWARD      -             -
            WITHDRAWN     CLOSE        -             -
            WITHDRAWN     WITHDRAW     -             -
            """;

    record Row(ReferralState from, ReferralAction action, String withActiveReceiver, String withSuspendedReceiver) {
        String expectedWith(TenantStatus receiverStatus) {
            return receiverStatus == SUSPENDED ? withSuspendedReceiver : withActiveReceiver;
        }
    }

    private static List<Row> rows() {
        return EXPECTED.lines()
                .map(line -> line.trim().split("\\s+"))
                .map(cells ->
                        new Row(ReferralState.valueOf(cells[0]), ReferralAction.valueOf(cells[1]), cells[2], cells[3]))
                .toList();
    }

    static Stream<Arguments> every_state_action_and_receiver_status() {
        List<Arguments> cases = new ArrayList<>();
        for (Row row : rows()) {
            for (TenantStatus status : TenantStatus.values()) {
                cases.add(Arguments.of(row.from(), row.action(), status, row.expectedWith(status)));
            }
        }
        return cases.stream();
    }

    @Test
    void expected_table_lists_every_state_and_action_exactly_once() {
        Set<List<Enum<?>>> pairs = new HashSet<>();
        for (Row row : rows()) {
            assertThat(pairs.add(List.of(row.from(), row.action())))
                    .as("duplicate row %s %s", row.from(), row.action())
                    .isTrue();
        }
        assertThat(pairs).hasSize(ReferralState.values().length * ReferralAction.values().length);
    }

    @ParameterizedTest(name = "{0} --{1}--> {3} (receiver {2})")
    @MethodSource("every_state_action_and_receiver_status")
    void the_rightful_party_gets_exactly_the_expected_move(
            ReferralState from, ReferralAction action, TenantStatus receiverStatus, String expected) {
        Party rightful = action.performer();
        if (expected.equals("-")) {
            assertThatThrownBy(() -> ReferralStateMachine.transition(from, action, rightful, receiverStatus))
                    .isInstanceOfSatisfying(IllegalTransition.class, e -> {
                        assertThat(e.current()).isEqualTo(from);
                        assertThat(e.action()).isEqualTo(action);
                    });
            assertThat(ReferralStateMachine.find(from, action, receiverStatus)).isEmpty();
        } else {
            Transition move = ReferralStateMachine.transition(from, action, rightful, receiverStatus);
            assertThat(move).isEqualTo(new Transition(from, action, ReferralState.valueOf(expected)));
            assertThat(ReferralStateMachine.find(from, action, receiverStatus)).contains(move);
        }
    }

    @ParameterizedTest(name = "{0} --{1}--> (receiver {2}) by the wrong party")
    @MethodSource("every_state_action_and_receiver_status")
    void the_other_party_is_refused_whatever_the_state(
            ReferralState from, ReferralAction action, TenantStatus receiverStatus, String ignored) {
        Party wrong = action.performer() == SENDER ? RECEIVER : SENDER;
        assertThatThrownBy(() -> ReferralStateMachine.transition(from, action, wrong, receiverStatus))
                .isInstanceOfSatisfying(WrongParty.class, e -> {
                    assertThat(e.action()).isEqualTo(action);
                    assertThat(e.actual()).isEqualTo(wrong);
                });
    }

    @Test
    void the_receiver_acknowledges_accepts_declines_forwards_and_closes_the_sender_withdraws() {
        assertThat(EnumSet.allOf(ReferralAction.class))
                .filteredOn(a -> a.performer() == RECEIVER)
                .containsExactlyInAnyOrder(ACKNOWLEDGE, ACCEPT, DECLINE, FORWARD, CLOSE);
        assertThat(EnumSet.allOf(ReferralAction.class))
                .filteredOn(a -> a.performer() == SENDER)
                .containsExactly(WITHDRAW);
    }

    @Test
    void accept_after_close_is_illegal() {
        assertThatThrownBy(() -> ReferralStateMachine.transition(CLOSED, ACCEPT, RECEIVER, ACTIVE))
                .isInstanceOf(IllegalTransition.class)
                .isInstanceOf(DomainException.class)
                .hasMessage("cannot accept a referral in state CLOSED");
    }

    @Test
    void accept_from_sent_is_legal_and_counts_as_acknowledgement() {
        Transition move = ReferralStateMachine.transition(SENT, ACCEPT, RECEIVER, ACTIVE);

        assertThat(move.to()).isEqualTo(ACCEPTED);
        assertThat(move.acknowledges()).isTrue();
    }

    @Test
    void only_acknowledging_or_accepting_from_sent_records_an_acknowledgement() {
        for (TenantStatus status : TenantStatus.values()) {
            for (Transition move : ReferralStateMachine.transitions(status)) {
                boolean expected = move.from() == SENT && (move.to() == ACKNOWLEDGED || move.to() == ACCEPTED);
                assertThat(move.acknowledges()).as(move.toString()).isEqualTo(expected);
            }
        }
    }

    @Test
    void acknowledging_twice_is_illegal() {
        assertThatThrownBy(() -> ReferralStateMachine.transition(ACKNOWLEDGED, ACKNOWLEDGE, RECEIVER, ACTIVE))
                .isInstanceOf(IllegalTransition.class)
                .hasMessage("cannot acknowledge a referral in state ACKNOWLEDGED");
    }

    @Test
    void close_before_acceptance_is_illegal() {
        assertThatThrownBy(() -> ReferralStateMachine.transition(ACKNOWLEDGED, CLOSE, RECEIVER, ACTIVE))
                .isInstanceOf(IllegalTransition.class);
    }

    @Test
    void forward_after_acceptance_is_illegal() {
        assertThatThrownBy(() -> ReferralStateMachine.transition(ACCEPTED, FORWARD, RECEIVER, ACTIVE))
                .isInstanceOf(IllegalTransition.class);
    }

    @Test
    void withdraw_after_acceptance_is_illegal_while_the_receiver_is_active() {
        assertThatThrownBy(() -> ReferralStateMachine.transition(ACCEPTED, WITHDRAW, SENDER, ACTIVE))
                .isInstanceOf(IllegalTransition.class)
                .hasMessage("cannot withdraw a referral in state ACCEPTED");
        assertThatThrownBy(() -> ReferralStateMachine.transition(ACCEPTED, WITHDRAW, SENDER, PROVISIONING))
                .isInstanceOf(IllegalTransition.class);
    }

    @Test
    void withdraw_after_acceptance_is_allowed_when_the_receiver_is_suspended() {
        assertThat(ReferralStateMachine.transition(ACCEPTED, WITHDRAW, SENDER, SUSPENDED)
                        .to())
                .isEqualTo(WITHDRAWN);
    }

    @Test
    void withdraw_after_close_stays_illegal_even_when_the_receiver_is_suspended() {
        assertThatThrownBy(() -> ReferralStateMachine.transition(CLOSED, WITHDRAW, SENDER, SUSPENDED))
                .isInstanceOf(IllegalTransition.class);
    }

    @Test
    void sender_cannot_accept() {
        assertThatThrownBy(() -> ReferralStateMachine.transition(SENT, ACCEPT, SENDER, ACTIVE))
                .isInstanceOf(WrongParty.class)
                .isInstanceOf(DomainException.class)
                .hasMessage("only the receiver may accept a referral");
    }

    @Test
    void receiver_cannot_withdraw() {
        assertThatThrownBy(() -> ReferralStateMachine.transition(SENT, WITHDRAW, RECEIVER, ACTIVE))
                .isInstanceOf(WrongParty.class)
                .hasMessage("only the sender may withdraw a referral");
    }

    @Test
    void the_party_is_checked_before_the_state() {
        assertThatThrownBy(() -> ReferralStateMachine.transition(CLOSED, ACCEPT, SENDER, ACTIVE))
                .isInstanceOf(WrongParty.class);
    }

    @Test
    void final_states_are_closed_declined_forwarded_and_withdrawn() {
        assertThat(EnumSet.allOf(ReferralState.class))
                .filteredOn(ReferralState::isFinal)
                .containsExactlyInAnyOrder(CLOSED, DECLINED, FORWARDED, WITHDRAWN);
    }

    @ParameterizedTest
    @EnumSource(TenantStatus.class)
    void no_move_leaves_a_final_state_and_every_other_state_has_one(TenantStatus receiverStatus) {
        for (ReferralState state : ReferralState.values()) {
            Set<ReferralAction> open = EnumSet.noneOf(ReferralAction.class);
            for (Party party : Party.values()) {
                open.addAll(ReferralStateMachine.actionsOpenTo(party, state, receiverStatus));
            }
            assertThat(open.isEmpty()).as(state.name()).isEqualTo(state.isFinal());
        }
    }

    @Test
    void every_state_is_reachable_from_sent() {
        Set<ReferralState> reached = EnumSet.of(SENT);
        for (int round = 0; round < ReferralState.values().length; round++) {
            for (Transition move : ReferralStateMachine.transitions(ACTIVE)) {
                if (reached.contains(move.from())) {
                    reached.add(move.to());
                }
            }
        }
        assertThat(reached).containsExactlyInAnyOrder(ReferralState.values());
    }

    @Test
    void actions_open_to_each_party_follow_the_table() {
        assertThat(ReferralStateMachine.actionsOpenTo(RECEIVER, SENT, ACTIVE))
                .containsExactlyInAnyOrder(ACKNOWLEDGE, ACCEPT, DECLINE, FORWARD);
        assertThat(ReferralStateMachine.actionsOpenTo(SENDER, SENT, ACTIVE)).containsExactly(WITHDRAW);
        assertThat(ReferralStateMachine.actionsOpenTo(RECEIVER, ACCEPTED, ACTIVE))
                .containsExactly(CLOSE);
        assertThat(ReferralStateMachine.actionsOpenTo(SENDER, ACCEPTED, ACTIVE)).isEmpty();
        assertThat(ReferralStateMachine.actionsOpenTo(SENDER, ACCEPTED, SUSPENDED))
                .containsExactly(WITHDRAW);
        assertThat(ReferralStateMachine.actionsOpenTo(RECEIVER, CLOSED, SUSPENDED))
                .isEmpty();
    }
}

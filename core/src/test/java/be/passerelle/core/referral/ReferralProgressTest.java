package be.passerelle.core.referral;

import static be.passerelle.core.referral.Party.RECEIVER;
import static be.passerelle.core.referral.Party.SENDER;
import static be.passerelle.core.shared.TenantStatus.ACTIVE;
import static be.passerelle.core.shared.TenantStatus.SUSPENDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReferralProgressTest {
    private static final Instant T1 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant T2 = Instant.parse("2026-03-03T10:00:00Z");
    private static final Instant T3 = Instant.parse("2026-03-20T11:00:00Z");

    @Test
    void a_new_referral_is_sent_and_nothing_else() {
        ReferralProgress sent = ReferralProgress.sent();

        assertThat(sent.state()).isEqualTo(ReferralState.SENT);
        assertThat(sent.acknowledgedAt()).isEmpty();
        assertThat(sent.acceptedAt()).isEmpty();
        assertThat(sent.finishedAt()).isEmpty();
        assertThat(sent.outcome()).isEmpty();
    }

    @Test
    void acknowledge_then_accept_then_close_records_each_time_and_the_outcome() {
        ReferralProgress closed = ReferralProgress.sent()
                .acknowledge(RECEIVER, T1)
                .accept(RECEIVER, T2)
                .close(RECEIVER, CloseOutcome.PARTLY_RESOLVED, T3);

        assertThat(closed.state()).isEqualTo(ReferralState.CLOSED);
        assertThat(closed.acknowledgedAt()).contains(T1);
        assertThat(closed.acceptedAt()).contains(T2);
        assertThat(closed.finishedAt()).contains(T3);
        assertThat(closed.outcome()).contains(CloseOutcome.PARTLY_RESOLVED);
    }

    @Test
    void accept_from_sent_sets_acknowledgement() {
        ReferralProgress accepted = ReferralProgress.sent().accept(RECEIVER, T1);

        assertThat(accepted.state()).isEqualTo(ReferralState.ACCEPTED);
        assertThat(accepted.acknowledgedAt()).contains(T1);
        assertThat(accepted.acceptedAt()).contains(T1);
    }

    @Test
    void accept_after_acknowledgement_keeps_the_first_acknowledgement_time() {
        ReferralProgress accepted =
                ReferralProgress.sent().acknowledge(RECEIVER, T1).accept(RECEIVER, T2);

        assertThat(accepted.acknowledgedAt()).contains(T1);
        assertThat(accepted.acceptedAt()).contains(T2);
    }

    @Test
    void decline_without_acknowledgement_ends_it_unacknowledged() {
        ReferralProgress declined = ReferralProgress.sent().decline(RECEIVER, T1);

        assertThat(declined.state()).isEqualTo(ReferralState.DECLINED);
        assertThat(declined.acknowledgedAt()).isEmpty();
        assertThat(declined.finishedAt()).contains(T1);
    }

    @Test
    void forward_after_acknowledgement_ends_it_forwarded() {
        ReferralProgress forwarded =
                ReferralProgress.sent().acknowledge(RECEIVER, T1).forward(RECEIVER, T2);

        assertThat(forwarded.state()).isEqualTo(ReferralState.FORWARDED);
        assertThat(forwarded.acknowledgedAt()).contains(T1);
        assertThat(forwarded.finishedAt()).contains(T2);
    }

    @Test
    void withdraw_after_acceptance_from_a_suspended_receiver_keeps_the_acceptance() {
        ReferralProgress withdrawn =
                ReferralProgress.sent().accept(RECEIVER, T1).withdraw(SENDER, SUSPENDED, T2);

        assertThat(withdrawn.state()).isEqualTo(ReferralState.WITHDRAWN);
        assertThat(withdrawn.acceptedAt()).contains(T1);
        assertThat(withdrawn.finishedAt()).contains(T2);
    }

    @Test
    void accept_after_close_is_illegal() {
        ReferralProgress closed =
                ReferralProgress.sent().accept(RECEIVER, T1).close(RECEIVER, CloseOutcome.RESOLVED, T2);

        assertThatThrownBy(() -> closed.accept(RECEIVER, T3)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void withdraw_after_acceptance_is_illegal_while_the_receiver_is_active() {
        ReferralProgress accepted = ReferralProgress.sent().accept(RECEIVER, T1);

        assertThatThrownBy(() -> accepted.withdraw(SENDER, ACTIVE, T2)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void sender_cannot_close() {
        ReferralProgress accepted = ReferralProgress.sent().accept(RECEIVER, T1);

        assertThatThrownBy(() -> accepted.close(SENDER, CloseOutcome.RESOLVED, T2))
                .isInstanceOf(WrongParty.class);
    }

    @Test
    void inconsistent_facts_are_rejected() {
        Optional<Instant> t = Optional.of(T1);
        Optional<Instant> none = Optional.empty();
        Optional<CloseOutcome> noOutcome = Optional.empty();

        assertThatThrownBy(() -> new ReferralProgress(ReferralState.ACCEPTED, none, t, none, noOutcome))
                .as("accepted but never acknowledged")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReferralProgress(ReferralState.SENT, t, none, none, noOutcome))
                .as("sent but acknowledged")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReferralProgress(ReferralState.CLOSED, t, t, t, noOutcome))
                .as("closed without outcome")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        new ReferralProgress(ReferralState.ACCEPTED, t, t, none, Optional.of(CloseOutcome.RESOLVED)))
                .as("outcome before closing")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReferralProgress(ReferralState.DECLINED, t, none, none, noOutcome))
                .as("final without end time")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReferralProgress(ReferralState.DECLINED, t, t, t, noOutcome))
                .as("declined after acceptance")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReferralProgress(ReferralState.ACKNOWLEDGED, t, none, t, noOutcome))
                .as("open with end time")
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package be.passerelle.core.referral;

import static be.passerelle.core.testing.Staff.caseworkerOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.audit.AuditEntry;
import be.passerelle.core.outbox.OutboxEvent;
import be.passerelle.core.shared.Conflict;
import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.NotFound;
import be.passerelle.core.shared.StaleVersion;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.shared.TenantStatus;
import be.passerelle.core.testing.ReferralFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChangeReferralStateTest {
    private final ReferralDesk desk = new ReferralDesk();
    private final Referral referral = desk.referred(desk.wal, desk.nrj);

    @Test
    void the_receiver_acknowledges_then_accepts_then_closes() {
        desk.clock.advance(Duration.ofHours(1));
        Referral acknowledged = apply(desk.nrj, new ChangeReferralState.Acknowledge());
        Referral accepted = apply(desk.nrj, new ChangeReferralState.Accept());
        Referral closed = apply(desk.nrj, new ChangeReferralState.Close(CloseOutcome.values()[0]));

        assertThat(acknowledged.state()).isEqualTo(ReferralState.ACKNOWLEDGED);
        assertThat(acknowledged.progress().acknowledgedAt()).contains(Instant.parse("2026-11-20T11:00:00Z"));
        assertThat(accepted.state()).isEqualTo(ReferralState.ACCEPTED);
        assertThat(closed.state()).isEqualTo(ReferralState.CLOSED);
        assertThat(closed.version()).isEqualTo(3);
        assertThat(desk.timeline.appendedTo(referral.id()))
                .extracting(NewReferralEvent::action)
                .containsExactly("create", "acknowledge", "accept", "close");
    }

    @Test
    void each_transition_writes_its_timeline_entry_audit_entry_and_state_changed_event() {
        apply(desk.nrj, new ChangeReferralState.Accept());

        NewReferralEvent entry = desk.timeline.appendedTo(referral.id()).get(1);
        assertThat(entry.from()).contains(ReferralState.SENT);
        assertThat(entry.to()).isEqualTo(ReferralState.ACCEPTED);
        assertThat(entry.actorTenant()).isEqualTo(desk.nrj.id());
        assertThat(desk.audit.entries()).extracting(AuditEntry::action).endsWith("referral.accept");
        OutboxEvent event = desk.outbox.events().get(desk.outbox.events().size() - 1);
        assertThat(event.type()).isEqualTo("referral.state_changed");
        assertThat(event.state()).contains("ACCEPTED");
        assertThat(event.tenant()).contains(desk.nrj.id());
        assertThat(event.recipients()).containsExactlyInAnyOrder(desk.wal.id(), desk.nrj.id());
    }

    @Test
    void a_decline_keeps_its_reason_and_the_suggested_institution_in_the_timeline() {
        apply(desk.nrj, new ChangeReferralState.Decline(" hors compétence ", Optional.of(desk.fed.slug())));

        NewReferralEvent entry = desk.timeline.appendedTo(referral.id()).get(1);
        assertThat(entry.to()).isEqualTo(ReferralState.DECLINED);
        assertThat(entry.note()).contains("hors compétence");
        assertThat(entry.suggestedReceiver()).contains(desk.fed.slug());
    }

    @Test
    void a_decline_and_a_withdrawal_state_their_reason() {
        assertThatThrownBy(() -> new ChangeReferralState.Decline(" ", Optional.empty()))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new ChangeReferralState.Withdraw(null)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new ChangeReferralState.Withdraw("x".repeat(2001)))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void each_party_does_only_its_own_actions() {
        assertThatThrownBy(() -> apply(desk.wal, new ChangeReferralState.Accept()))
                .isInstanceOf(WrongParty.class);
        assertThatThrownBy(() -> apply(desk.nrj, new ChangeReferralState.Withdraw("sent twice")))
                .isInstanceOf(WrongParty.class);
        assertUnchanged();
    }

    @Test
    void a_move_the_state_does_not_allow_is_an_illegal_transition() {
        assertThatThrownBy(() -> apply(desk.nrj, new ChangeReferralState.Close(CloseOutcome.values()[0])))
                .isInstanceOf(IllegalTransition.class);
        assertUnchanged();
    }

    @Test
    void the_sender_withdraws_an_accepted_referral_only_while_the_receiver_is_suspended() {
        apply(desk.nrj, new ChangeReferralState.Accept());

        assertThatThrownBy(() -> apply(desk.wal, new ChangeReferralState.Withdraw("no answer")))
                .isInstanceOf(IllegalTransition.class);
        desk.tenants.changeStatus(desk.nrj.id(), TenantStatus.SUSPENDED);
        Referral withdrawn = apply(desk.wal, new ChangeReferralState.Withdraw("no answer"));

        assertThat(withdrawn.state()).isEqualTo(ReferralState.WITHDRAWN);
    }

    @Test
    void a_third_institution_gets_the_404_of_a_missing_referral() {
        assertThatThrownBy(() -> apply(desk.fed, new ChangeReferralState.Accept()))
                .isInstanceOf(NotFound.class);
        assertUnchanged();
    }

    @Test
    void an_if_match_on_another_version_is_refused() {
        assertThatThrownBy(() -> desk.change.apply(
                        caseworkerOf(desk.nrj),
                        referral.id(),
                        new ChangeReferralState.Accept(),
                        Optional.of(referral.version() + 1)))
                .isInstanceOf(StaleVersion.class);
        Referral accepted = desk.change.apply(
                caseworkerOf(desk.nrj),
                referral.id(),
                new ChangeReferralState.Accept(),
                Optional.of(referral.version()));
        assertThat(accepted.state()).isEqualTo(ReferralState.ACCEPTED);
    }

    @Test
    void of_two_concurrent_transitions_the_second_is_a_conflict_and_writes_nothing() {
        desk.referrals.anotherRequestChangesNext(referral.id());

        assertThatThrownBy(() -> apply(desk.nrj, new ChangeReferralState.Accept()))
                .isInstanceOf(Conflict.class);
        assertThat(desk.timeline.appended()).hasSize(1);
        assertThat(desk.outbox.events()).hasSize(1);
    }

    @Test
    void commands_print_no_reason() {
        assertThat(new ChangeReferralState.Decline("reason " + ReferralFixtures.MARKER, Optional.empty()).toString())
                .doesNotContain(ReferralFixtures.MARKER);
        assertThat(new ChangeReferralState.Withdraw("reason " + ReferralFixtures.MARKER).toString())
                .doesNotContain(ReferralFixtures.MARKER);
    }

    private Referral apply(Tenant by, ChangeReferralState.Command command) {
        return desk.change.apply(caseworkerOf(by), referral.id(), command, Optional.empty());
    }

    private void assertUnchanged() {
        assertThat(desk.referrals.stateOf(referral.id())).isEqualTo(ReferralState.SENT);
        assertThat(desk.timeline.appended()).hasSize(1);
        assertThat(desk.outbox.events()).hasSize(1);
    }
}

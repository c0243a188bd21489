package be.passerelle.core.referral;

import static be.passerelle.core.testing.ReferralFixtures.aConsent;
import static be.passerelle.core.testing.ReferralFixtures.aPersonalData;
import static be.passerelle.core.testing.Staff.caseworkerOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.audit.AuditEntry;
import be.passerelle.core.outbox.OutboxEvent;
import be.passerelle.core.shared.BusinessRuleViolation;
import be.passerelle.core.shared.Conflict;
import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.NotFound;
import be.passerelle.core.shared.StaleVersion;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.core.shared.TenantStatus;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ForwardReferralTest {
    private static final Optional<Consent> FRESH_CONSENT = Optional.of(aConsent(Instant.parse("2026-11-20T09:30:00Z")));

    private final ReferralDesk desk = new ReferralDesk();
    private final Referral original = desk.referred(desk.wal, desk.nrj);

    @Test
    void the_receiver_forwards_the_first_ends_forwarded_and_points_to_a_new_sent_referral() {
        Referral forwarded = forward(desk.nrj, Optional.of("relève du fédéral"), FRESH_CONSENT);

        assertThat(forwarded.state()).isEqualTo(ReferralState.FORWARDED);
        assertThat(forwarded.version()).isEqualTo(original.version() + 1);
        UUID chainedId = forwarded.forwardedTo().orElseThrow();
        assertThat(forwarded.forward()).contains(new ForwardedReferral(chainedId, desk.fed.slug(), ReferralState.SENT));
        Referral chained = desk.referrals.stored(chainedId);
        assertThat(chained.state()).isEqualTo(ReferralState.SENT);
        assertThat(chained.parties()).isEqualTo(new ReferralParties(desk.nrj.id(), desk.fed.id()));
        assertThat(chained.forwardedFrom()).contains(original.id());
        assertThat(chained.reference()).isNotEqualTo(original.reference());
        assertThat(chained.facts().subject()).isEqualTo(original.facts().subject());
        assertThat(chained.facts().sector()).isEqualTo(original.facts().sector());
        assertThat(chained.facts().citizenRegion()).isEqualTo(original.facts().citizenRegion());
    }

    @Test
    void with_the_citizens_fresh_consent_the_citizen_and_the_summary_travel() {
        Referral chained = chainedOf(forward(desk.nrj, Optional.empty(), FRESH_CONSENT));

        assertThat(chained.facts().personalData()).contains(aPersonalData());
        assertThat(chained.facts().consent()).isEqualTo(FRESH_CONSENT);
    }

    @Test
    void without_fresh_consent_only_the_non_personal_facts_travel() {
        Optional<Consent> refused =
                Optional.of(new Consent(false, Instant.parse("2026-11-20T09:30:00Z"), "email", "v"));
        ReferralDesk other = new ReferralDesk();
        Referral second = other.referred(other.wal, other.nrj);

        Referral withoutConsent = chainedOf(forward(desk.nrj, Optional.empty(), Optional.empty()));
        Referral consentRefused = other.referrals.stored(other.forward
                .forward(
                        caseworkerOf(other.nrj),
                        second.id(),
                        other.fed.slug(),
                        Optional.empty(),
                        refused,
                        Optional.empty())
                .forwardedTo()
                .orElseThrow());

        for (Referral chained : java.util.List.of(withoutConsent, consentRefused)) {
            assertThat(chained.facts().personalData()).isEmpty();
            assertThat(chained.facts().consent()).isEmpty();
            assertThat(chained.facts().subject()).isEqualTo(original.facts().subject());
        }
    }

    @Test
    void the_senders_own_external_reference_never_travels() {
        assertThat(original.facts().externalReference()).isPresent();

        Referral chained = chainedOf(forward(desk.nrj, Optional.empty(), FRESH_CONSENT));

        assertThat(chained.facts().externalReference()).isEmpty();
    }

    @Test
    void the_note_goes_in_both_timelines_and_each_referral_gets_its_events() {
        Referral forwarded = forward(desk.nrj, Optional.of("  relève du fédéral "), FRESH_CONSENT);
        UUID chainedId = forwarded.forwardedTo().orElseThrow();

        assertThat(desk.timeline.appendedTo(original.id()))
                .extracting(NewReferralEvent::action)
                .containsExactly("create", "forward");
        NewReferralEvent forwardEntry = desk.timeline.appendedTo(original.id()).get(1);
        assertThat(forwardEntry.from()).contains(ReferralState.SENT);
        assertThat(forwardEntry.to()).isEqualTo(ReferralState.FORWARDED);
        assertThat(forwardEntry.note()).contains("relève du fédéral");
        assertThat(forwardEntry.suggestedReceiver()).contains(desk.fed.slug());
        assertThat(desk.timeline.appendedTo(chainedId)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("create");
            assertThat(e.actorTenant()).isEqualTo(desk.nrj.id());
            assertThat(e.note()).contains("relève du fédéral");
        });
        assertThat(desk.audit.entries())
                .extracting(AuditEntry::action)
                .containsExactlyInAnyOrder("referral.created", "referral.created", "referral.forward");
        assertThat(desk.outbox.events())
                .filteredOn(e -> e.resourceId().equals(original.id().toString()))
                .extracting(OutboxEvent::type, OutboxEvent::state)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("referral.received", Optional.of("SENT")),
                        org.assertj.core.groups.Tuple.tuple("referral.state_changed", Optional.of("FORWARDED")));
        assertThat(desk.outbox.events())
                .filteredOn(e -> e.resourceId().equals(chainedId.toString()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.type()).isEqualTo("referral.received");
                    assertThat(e.recipients()).containsExactlyInAnyOrder(desk.nrj.id(), desk.fed.id());
                });
    }

    @Test
    void the_chained_referral_gets_the_new_receivers_deadline() {
        desk.tenants.updateIntake(desk.fed.id(), true, 3);

        Referral chained = chainedOf(forward(desk.nrj, Optional.empty(), FRESH_CONSENT));

        assertThat(chained.dueAt()).isEqualTo(Instant.parse("2026-11-25T22:59:59.999999Z"));
    }

    @Test
    void only_the_receiver_forwards() {
        assertThatThrownBy(() -> forward(desk.wal, Optional.empty(), FRESH_CONSENT))
                .isInstanceOf(WrongParty.class);
        assertNoForward();
    }

    @Test
    void a_third_institution_gets_the_404_of_a_missing_referral() {
        assertThatThrownBy(() -> forward(desk.fed, Optional.empty(), FRESH_CONSENT))
                .isInstanceOf(NotFound.class);
        assertNoForward();
    }

    @Test
    void a_final_referral_is_not_forwarded() {
        desk.change.apply(caseworkerOf(desk.nrj), original.id(), new ChangeReferralState.Accept(), Optional.empty());

        assertThatThrownBy(() -> forward(desk.nrj, Optional.empty(), FRESH_CONSENT))
                .isInstanceOf(IllegalTransition.class);
    }

    @Test
    void the_new_receiver_obeys_the_create_rules() {
        Tenant suspended = desk.tenants.add("suspended-body", TenantStatus.SUSPENDED, true);
        for (Tenant to : java.util.List.of(desk.nrj, suspended)) {
            assertThatThrownBy(() -> desk.forward.forward(
                            caseworkerOf(desk.nrj),
                            original.id(),
                            to.slug(),
                            Optional.empty(),
                            FRESH_CONSENT,
                            Optional.empty()))
                    .as(to.slug().value())
                    .isInstanceOf(BusinessRuleViolation.class);
        }
        assertThatThrownBy(() -> desk.forward.forward(
                        caseworkerOf(desk.nrj),
                        original.id(),
                        new TenantSlug("unknown-body"),
                        Optional.empty(),
                        FRESH_CONSENT,
                        Optional.empty()))
                .isInstanceOf(BusinessRuleViolation.class);
        assertNoForward();
    }

    @Test
    void an_if_match_on_another_version_is_refused_before_anything_is_written() {
        assertThatThrownBy(() -> desk.forward.forward(
                        caseworkerOf(desk.nrj),
                        original.id(),
                        desk.fed.slug(),
                        Optional.empty(),
                        FRESH_CONSENT,
                        Optional.of(original.version() + 1)))
                .isInstanceOf(StaleVersion.class);
        assertNoForward();
    }

    @Test
    void a_note_over_2000_characters_is_refused() {
        assertThatThrownBy(() -> forward(desk.nrj, Optional.of("x".repeat(2001)), FRESH_CONSENT))
                .isInstanceOf(InvalidInput.class);
        assertNoForward();
    }

    @Test
    void a_concurrent_change_of_the_first_referral_is_a_conflict() {
        desk.referrals.anotherRequestChangesNext(original.id());

        assertThatThrownBy(() -> forward(desk.nrj, Optional.empty(), FRESH_CONSENT))
                .isInstanceOf(Conflict.class);
    }

    private Referral forward(Tenant by, Optional<String> note, Optional<Consent> consent) {
        return desk.forward.forward(caseworkerOf(by), original.id(), desk.fed.slug(), note, consent, Optional.empty());
    }

    private Referral chainedOf(Referral forwarded) {
        return desk.referrals.stored(forwarded.forwardedTo().orElseThrow());
    }

    private void assertNoForward() {
        assertThat(desk.referrals.all()).extracting(Referral::id).containsExactly(original.id());
        assertThat(desk.referrals.stateOf(original.id())).isEqualTo(ReferralState.SENT);
        assertThat(desk.timeline.appended()).hasSize(1);
        assertThat(desk.outbox.events()).hasSize(1);
    }
}

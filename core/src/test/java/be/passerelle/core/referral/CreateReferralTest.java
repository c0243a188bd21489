package be.passerelle.core.referral;

import static be.passerelle.core.testing.ReferralFixtures.MARKER;
import static be.passerelle.core.testing.ReferralFixtures.aPersonalData;
import static be.passerelle.core.testing.ReferralFixtures.aReferralRequest;
import static be.passerelle.core.testing.Staff.caseworkerOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.audit.AuditEntry;
import be.passerelle.core.directory.FieldProblem;
import be.passerelle.core.directory.InvalidFields;
import be.passerelle.core.outbox.OutboxEvent;
import be.passerelle.core.shared.AccessDenied;
import be.passerelle.core.shared.BusinessRuleViolation;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.core.shared.TenantStatus;
import be.passerelle.core.testing.Staff;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CreateReferralTest {
    private final ReferralDesk desk = new ReferralDesk();

    @Test
    void a_referral_starts_sent_with_the_case_the_citizen_and_the_consent() {
        CreatedReferral created = desk.create.create(
                caseworkerOf(desk.wal), aReferralRequest(desk.nrj.slug()).build());

        Referral referral = created.referral();
        assertThat(referral.state()).isEqualTo(ReferralState.SENT);
        assertThat(referral.version()).isZero();
        assertThat(referral.sender().slug()).isEqualTo(desk.wal.slug());
        assertThat(referral.receiver().slug()).isEqualTo(desk.nrj.slug());
        assertThat(referral.facts().personalData()).contains(aPersonalData());
        assertThat(referral.facts().consent())
                .hasValueSatisfying(c -> assertThat(c.given()).isTrue());
        assertThat(referral.facts().citizenRegion()).as("5000 Namur").contains("BE-WAL");
        assertThat(referral.facts().externalReference()).contains("EXT-42");
        assertThat(referral.forwardedFrom()).isEmpty();
    }

    @Test
    void the_deadline_is_the_end_of_the_receivers_nth_working_day_in_brussels() {
        desk.tenants.updateIntake(desk.nrj.id(), true, 3);

        Referral referral = desk.referred(desk.wal, desk.nrj);

        assertThat(referral.dueAt())
                .as("created Friday 20 November: Monday, Tuesday, Wednesday 25 November, 23:59:59.999999 CET")
                .isEqualTo(Instant.parse("2026-11-25T22:59:59.999999Z"));
    }

    @Test
    void the_access_code_is_given_once_and_stored_only_as_its_digest_bound_to_the_reference() {
        CreatedReferral created = desk.create.create(
                caseworkerOf(desk.wal), aReferralRequest(desk.nrj.slug()).build());

        NewReferral stored = desk.referrals.inserted().get(0);
        String digest = new String(stored.accessCodeDigest(), StandardCharsets.UTF_8);
        assertThat(digest)
                .isEqualTo(IssueReferral.accessCodeContext(created.referral().reference()) + "|"
                        + created.accessCode().value());
    }

    @Test
    void creation_writes_the_create_entry_the_audit_entry_and_the_received_event() {
        Referral referral = desk.referred(desk.wal, desk.nrj);

        assertThat(desk.timeline.appendedTo(referral.id())).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("create");
            assertThat(e.from()).isEmpty();
            assertThat(e.to()).isEqualTo(ReferralState.SENT);
            assertThat(e.actorTenant()).isEqualTo(desk.wal.id());
            assertThat(e.note()).isEmpty();
        });
        assertThat(desk.audit.entries()).extracting(AuditEntry::action).containsExactly("referral.created");
        OutboxEvent event = desk.outbox.events().get(0);
        assertThat(desk.outbox.events()).hasSize(1);
        assertThat(event.type()).isEqualTo("referral.received");
        assertThat(event.recipients()).isEqualTo(Set.of(desk.wal.id(), desk.nrj.id()));
        assertThat(event.state()).contains("SENT");
        assertThat(event.link()).isEqualTo("/api/v1/referrals/" + referral.id());
        assertThat(event.toString()).doesNotContain(MARKER);
    }

    @Test
    void a_taken_reference_is_drawn_again() {
        ReferralDesk first = new ReferralDesk(new ScriptedRandom());
        Referral taken = first.referred(first.wal, first.nrj);
        ScriptedRandom secondDrawDiffers =
                new ScriptedRandom(script(AccessCode.LENGTH + PublicReference.RANDOM_LENGTH, 1));
        ReferralDesk desk = new ReferralDesk(secondDrawDiffers);
        desk.referrals.take(taken.reference());

        Referral referral = desk.referred(desk.wal, desk.nrj);

        assertThat(desk.referrals.inserted()).hasSize(2);
        assertThat(referral.reference()).isNotEqualTo(taken.reference());
        assertThat(desk.timeline.appended()).hasSize(1);
        assertThat(desk.outbox.events()).hasSize(1);
    }

    @Test
    void after_five_taken_references_nothing_is_written() {
        ReferralDesk desk = new ReferralDesk(new ScriptedRandom());
        Referral taken = desk.referred(desk.wal, desk.nrj);

        assertThatThrownBy(() -> desk.referred(desk.wal, desk.nrj))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("5 draws");
        assertThat(desk.referrals.inserted()).hasSize(1 + 5);
        assertThat(desk.referrals.all()).extracting(Referral::id).containsExactly(taken.id());
        assertThat(desk.outbox.events()).hasSize(1);
    }

    @Test
    void without_the_citizens_consent_nothing_is_created() {
        assertThatThrownBy(() -> desk.create.create(
                        caseworkerOf(desk.wal),
                        aReferralRequest(desk.nrj.slug()).withoutConsent().build()))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("consent is required")
                .satisfies(e -> assertThat(((BusinessRuleViolation) e).field()).contains("consent"));
        assertThatThrownBy(() -> desk.create.create(
                        caseworkerOf(desk.wal),
                        aReferralRequest(desk.nrj.slug()).withConsentRefused().build()))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("not given consent")
                .satisfies(e -> assertThat(((BusinessRuleViolation) e).field()).contains("consent.given"));
        assertNothingWritten();
    }

    @Test
    void a_sector_code_the_taxonomy_does_not_hold_is_refused_naming_the_field() {
        assertThatThrownBy(() -> desk.create.create(
                        caseworkerOf(desk.wal),
                        aReferralRequest(desk.nrj.slug()).sector("astrology").build()))
                .isInstanceOfSatisfying(
                        InvalidFields.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly("sector"));
        assertNothingWritten();
    }

    @Test
    void the_receiver_is_another_active_institution_that_accepts_referrals() {
        desk.tenants.add("suspended-body", TenantStatus.SUSPENDED, true);
        desk.tenants.add("not-yet-open", TenantStatus.ACTIVE, false);

        for (String receiver : List.of("mediateur-wallonie", "suspended-body", "not-yet-open", "unknown-body")) {
            assertThatThrownBy(() -> desk.create.create(
                            caseworkerOf(desk.wal),
                            aReferralRequest(new TenantSlug(receiver)).build()))
                    .as(receiver)
                    .isInstanceOf(BusinessRuleViolation.class);
        }
        assertNothingWritten();
    }

    @Test
    void a_network_administrator_does_not_refer_cases() {
        assertThatThrownBy(() -> desk.create.create(
                        Staff.networkAdmin(), aReferralRequest(desk.nrj.slug()).build()))
                .isInstanceOf(AccessDenied.class);
        assertNothingWritten();
    }

    @Test
    void the_work_in_the_same_unit_sees_the_created_referral() {
        List<CreatedReferral> seen = new ArrayList<>();

        CreatedReferral created = desk.create.create(
                caseworkerOf(desk.wal), aReferralRequest(desk.nrj.slug()).build(), seen::add);

        assertThat(seen).containsExactly(created);
    }

    @Test
    void the_created_referral_prints_none_of_the_personal_data_nor_the_access_code() {
        CreatedReferral created = desk.create.create(
                caseworkerOf(desk.wal), aReferralRequest(desk.nrj.slug()).build());

        assertThat(created.toString())
                .contains(created.referral().id().toString())
                .doesNotContain(MARKER)
                .doesNotContain(created.accessCode().value());
        assertThat(Optional.of(desk.referrals.inserted().get(0)).toString()).doesNotContain(MARKER);
    }

    private void assertNothingWritten() {
        assertThat(desk.referrals.inserted()).isEmpty();
        assertThat(desk.timeline.appended()).isEmpty();
        assertThat(desk.audit.entries()).isEmpty();
        assertThat(desk.outbox.events()).isEmpty();
    }

    /** {@code zeros} zeros, then {@code then}. */
    private static int[] script(int zeros, int then) {
        int[] values = new int[zeros + 1];
        values[zeros] = then;
        return values;
    }
}

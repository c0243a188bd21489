package be.passerelle.core.referral;

import static be.passerelle.core.testing.ReferralFixtures.MARKER;
import static be.passerelle.core.testing.ReferralFixtures.aCaseFacts;
import static be.passerelle.core.testing.ReferralFixtures.aCitizen;
import static be.passerelle.core.testing.ReferralFixtures.aNewReferral;
import static be.passerelle.core.testing.ReferralFixtures.aPersonalData;
import static be.passerelle.core.testing.ReferralFixtures.aReferralRequest;
import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.TenantSlug;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Records that carry personal data print their ids and states, never the data (SPEC §4.3: no log line carries it). */
class PersonalDataToStringTest {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final TenantId WAL = new TenantId(UUID.randomUUID());
    private static final TenantId NRJ = new TenantId(UUID.randomUUID());
    private static final ReferralParty WAL_PARTY = new ReferralParty(WAL, new TenantSlug("mediateur-wallonie"));
    private static final String NOTE = "a note about Jeanne " + MARKER;

    @Test
    void citizen() {
        assertHidden(aCitizen(), "Citizen");
    }

    @Test
    void personal_data() {
        assertHidden(aPersonalData(), "PersonalData");
    }

    @Test
    void case_facts() {
        CaseFacts facts = aCaseFacts().externalReference("EXT-" + MARKER).build();
        assertThat(facts.toString()).contains("energy");
        assertHidden(facts, "CaseFacts");
    }

    @Test
    void new_referral() {
        NewReferral referral = aNewReferral().build();
        assertThat(referral.toString()).contains(referral.id().toString());
        assertHidden(referral, "NewReferral");
    }

    @Test
    void referral() {
        Referral referral = new Referral(
                UUID.randomUUID(),
                1,
                new PublicReference("PSR-2026-7K3M9Q"),
                WAL_PARTY,
                new ReferralParty(NRJ, new TenantSlug("energy-ombudsman")),
                ReferralProgress.sent(),
                0,
                aCaseFacts().build(),
                NOW,
                NOW,
                NOW,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
        assertThat(referral.toString()).contains(referral.id().toString()).contains("SENT");
        assertHidden(referral, "Referral");
    }

    @Test
    void referral_request() {
        assertHidden(aReferralRequest(new TenantSlug("energy-ombudsman")).build(), "ReferralRequest");
    }

    @Test
    void created_referral() {
        AccessCode code = new AccessCode("7K3M9Q2W4X5Y6");
        NewReferral stored = aNewReferral().build();
        CreatedReferral created = new CreatedReferral(
                new Referral(
                        stored.id(),
                        1,
                        stored.reference(),
                        WAL_PARTY,
                        new ReferralParty(NRJ, new TenantSlug("energy-ombudsman")),
                        ReferralProgress.sent(),
                        0,
                        stored.facts(),
                        NOW,
                        NOW,
                        NOW,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()),
                code);
        assertThat(created.toString()).doesNotContain(code.value());
        assertHidden(created, "CreatedReferral");
    }

    @Test
    void referral_message() {
        ReferralMessage message = new ReferralMessage(
                UUID.randomUUID(), 1, WAL_PARTY, "u1", "Agent", Optional.of("message " + MARKER), NOW);
        assertHidden(message, "ReferralMessage");
    }

    @Test
    void new_referral_message() {
        NewReferralMessage message = new NewReferralMessage(
                UUID.randomUUID(),
                UUID.randomUUID(),
                new ReferralParties(WAL, NRJ),
                WAL,
                new Actor("u1", "Agent", Optional.of(WAL)),
                "message " + MARKER,
                NOW);
        assertHidden(message, "NewReferralMessage");
    }

    @Test
    void referral_event() {
        ReferralEvent event = new ReferralEvent(
                UUID.randomUUID(),
                "decline",
                Optional.of(ReferralState.SENT),
                ReferralState.DECLINED,
                "u1",
                "Agent",
                WAL_PARTY,
                Optional.of(NOTE),
                Optional.empty(),
                NOW,
                Optional.empty(),
                Optional.empty());
        assertThat(event.toString()).contains("DECLINED");
        assertHidden(event, "ReferralEvent");
    }

    @Test
    void new_referral_event() {
        NewReferralEvent event = new NewReferralEvent(
                UUID.randomUUID(),
                UUID.randomUUID(),
                new ReferralParties(WAL, NRJ),
                "withdraw",
                Optional.of(ReferralState.SENT),
                ReferralState.WITHDRAWN,
                new Actor("u1", "Agent", Optional.of(WAL)),
                WAL,
                Optional.of(NOTE),
                Optional.empty(),
                NOW,
                Optional.empty());
        assertHidden(event, "NewReferralEvent");
    }

    @Test
    void attachment() {
        Attachment attachment = new Attachment(
                UUID.randomUUID(),
                WAL_PARTY,
                "Agent",
                Optional.of("scan-" + MARKER + ".pdf"),
                "application/pdf",
                16,
                false,
                NOW);
        assertThat(attachment.toString()).contains(attachment.id().toString());
        assertHidden(attachment, "Attachment");
    }

    private static void assertHidden(Object record, String type) {
        assertThat(record.toString()).startsWith(type + "[").doesNotContain(MARKER);
    }
}

package be.passerelle.core.testing;

import be.passerelle.core.directory.PostalCode;
import be.passerelle.core.referral.CaseFacts;
import be.passerelle.core.referral.Citizen;
import be.passerelle.core.referral.Consent;
import be.passerelle.core.referral.NewReferral;
import be.passerelle.core.referral.PersonalData;
import be.passerelle.core.referral.PublicReference;
import be.passerelle.core.referral.ReferralParties;
import be.passerelle.core.referral.ReferralRequest;
import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.TenantSlug;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * Referrals that read like the domain: {@code aNewReferral().from(wal).to(nrj).withoutPersonalData().build()}.
 * Every personal field holds {@link #MARKER}, so a test can prove that none of it reaches a log line
 * or a {@code toString}.
 */
public final class ReferralFixtures {
    /**
     * In every personal value of these fixtures (citizen, summary); never in a non-personal one. The same
     * marker as infra's {@code PersonalDataMarkers}, so the integration suites' log guard catches these
     * values too (core cannot see infra's test jar).
     */
    public static final String MARKER = "piimark";

    private ReferralFixtures() {}

    public static Citizen aCitizen() {
        return new Citizen(
                "Jeanne-" + MARKER,
                "Dupont-" + MARKER,
                Optional.of("jeanne." + MARKER + "@example.org"),
                Optional.of("+32 470 " + MARKER),
                Optional.of(PostalCode.parse("5000")),
                Language.FR);
    }

    public static PersonalData aPersonalData() {
        return new PersonalData(aCitizen(), "Summary of the case " + MARKER);
    }

    public static Consent aConsent(Instant obtainedAt) {
        return new Consent(true, obtainedAt, "phone", "2026-01");
    }

    public static CaseFactsBuilder aCaseFacts() {
        return new CaseFactsBuilder();
    }

    public static NewReferralBuilder aNewReferral() {
        return new NewReferralBuilder();
    }

    /** What a sender's caseworker asks for: a case for {@code receiver}, with the citizen's consent. */
    public static ReferralRequestBuilder aReferralRequest(TenantSlug receiver) {
        return new ReferralRequestBuilder(receiver);
    }

    public static final class ReferralRequestBuilder {
        private final TenantSlug receiver;
        private Optional<Consent> consent = Optional.of(aConsent(Instant.parse("2026-11-20T09:00:00Z")));
        private Optional<String> externalReference = Optional.of("EXT-42");
        private String sector = "energy";

        private ReferralRequestBuilder(TenantSlug receiver) {
            this.receiver = receiver;
        }

        public ReferralRequestBuilder sector(String sector) {
            this.sector = sector;
            return this;
        }

        public ReferralRequestBuilder withoutConsent() {
            this.consent = Optional.empty();
            return this;
        }

        /** The citizen was asked and said no. */
        public ReferralRequestBuilder withConsentRefused() {
            this.consent = Optional.of(new Consent(false, Instant.parse("2026-11-20T09:00:00Z"), "phone", "2026-01"));
            return this;
        }

        public ReferralRequest build() {
            return new ReferralRequest(
                    receiver,
                    "Contested energy bill",
                    sector,
                    Language.FR,
                    aPersonalData(),
                    consent,
                    true,
                    externalReference);
        }
    }

    /** The facts of a case: an energy bill, in French, with the citizen's data and consent. */
    public static final class CaseFactsBuilder {
        private String subject = "Contested energy bill";
        private String sector = "energy";
        private Language language = Language.FR;
        private Optional<String> citizenRegion = Optional.of("BE-WAL");
        private Optional<Language> citizenLanguage = Optional.of(Language.FR);
        private Optional<String> externalReference = Optional.empty();
        private Optional<Consent> consent = Optional.of(aConsent(Instant.parse("2026-11-20T10:15:30Z")));
        private Optional<PersonalData> personalData = Optional.of(aPersonalData());

        public CaseFactsBuilder subject(String subject) {
            this.subject = subject;
            return this;
        }

        public CaseFactsBuilder sector(String sector) {
            this.sector = sector;
            return this;
        }

        public CaseFactsBuilder citizenRegion(Optional<String> region) {
            this.citizenRegion = region;
            return this;
        }

        public CaseFactsBuilder citizenLanguage(Optional<Language> language) {
            this.citizenLanguage = language;
            return this;
        }

        public CaseFactsBuilder externalReference(String reference) {
            this.externalReference = Optional.of(reference);
            return this;
        }

        public CaseFactsBuilder withPersonalData(PersonalData personalData) {
            this.personalData = Optional.of(personalData);
            return this;
        }

        /** Neither the citizen's data nor a consent (a forward without fresh consent, a statistics row). */
        public CaseFactsBuilder withoutPersonalData() {
            this.personalData = Optional.empty();
            this.consent = Optional.empty();
            return this;
        }

        public CaseFacts build() {
            return new CaseFacts(
                    subject,
                    sector,
                    language,
                    citizenRegion,
                    citizenLanguage,
                    true,
                    externalReference,
                    consent,
                    personalData);
        }
    }

    /** A new referral between two fresh tenants, created now, due in five days. */
    public static final class NewReferralBuilder {
        private UUID id = UUID.randomUUID();
        private TenantId sender = new TenantId(UUID.randomUUID());
        private TenantId receiver = new TenantId(UUID.randomUUID());
        private Instant createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        private Optional<Instant> dueAt = Optional.empty();
        private Optional<PublicReference> reference = Optional.empty();
        private Optional<UUID> forwardedFrom = Optional.empty();
        private CaseFactsBuilder facts = aCaseFacts();

        public NewReferralBuilder id(UUID id) {
            this.id = id;
            return this;
        }

        public NewReferralBuilder from(TenantId sender) {
            this.sender = sender;
            return this;
        }

        public NewReferralBuilder to(TenantId receiver) {
            this.receiver = receiver;
            return this;
        }

        public NewReferralBuilder between(ReferralParties parties) {
            return from(parties.sender()).to(parties.receiver());
        }

        public NewReferralBuilder at(Instant createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public NewReferralBuilder dueAt(Instant dueAt) {
            this.dueAt = Optional.of(dueAt);
            return this;
        }

        public NewReferralBuilder reference(PublicReference reference) {
            this.reference = Optional.of(reference);
            return this;
        }

        public NewReferralBuilder forwardedFrom(UUID original) {
            this.forwardedFrom = Optional.of(original);
            return this;
        }

        public NewReferralBuilder sector(String sector) {
            facts.sector(sector);
            return this;
        }

        public NewReferralBuilder citizenRegion(Optional<String> region) {
            facts.citizenRegion(region);
            return this;
        }

        public NewReferralBuilder citizenLanguage(Optional<Language> language) {
            facts.citizenLanguage(language);
            return this;
        }

        public NewReferralBuilder withoutPersonalData() {
            facts.withoutPersonalData();
            return this;
        }

        public NewReferralBuilder withPersonalData(PersonalData personalData) {
            facts.withPersonalData(personalData);
            return this;
        }

        public NewReferral build() {
            return new NewReferral(
                    id,
                    reference.orElseGet(() -> PublicReference.generate(createdAt, new SecureRandom())),
                    new byte[] {1},
                    new ReferralParties(sender, receiver),
                    facts.build(),
                    dueAt.orElse(createdAt.plus(5, ChronoUnit.DAYS)),
                    createdAt,
                    forwardedFrom);
        }
    }
}

package be.passerelle.core.referral;

import be.passerelle.core.directory.AreaCode;
import be.passerelle.core.shared.Language;
import java.util.Objects;
import java.util.Optional;

/**
 * What a referral says about the case, as the sender wrote it: the same for the referral handed to
 * the store ({@link NewReferral}) and the one read back ({@link Referral}). {@link #toString()}
 * prints none of the personal data.
 *
 * @param subject a short, non-personal title of the case
 * @param citizenRegion the region of the citizen's postal code (non-personal, for statistics)
 * @param personalData the citizen and the summary; empty in lists, after erasure, or when a forward
 *     carried no citizen data
 */
public record CaseFacts(
        String subject,
        String sector,
        Language language,
        Optional<String> citizenRegion,
        Optional<Language> citizenLanguage,
        boolean priorContactMade,
        Optional<String> externalReference,
        Optional<Consent> consent,
        Optional<PersonalData> personalData) {
    public CaseFacts {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(citizenRegion, "citizenRegion");
        Objects.requireNonNull(citizenLanguage, "citizenLanguage");
        Objects.requireNonNull(externalReference, "externalReference");
        Objects.requireNonNull(consent, "consent");
        Objects.requireNonNull(personalData, "personalData");
    }

    /** The facts of a new referral, with the region and language the citizen's data gives. */
    static CaseFacts of(ReferralRequest request, Consent consent) {
        Citizen citizen = request.personalData().citizen();
        return new CaseFacts(
                request.subject(),
                request.sector(),
                request.language(),
                citizen.postalCode().map(CitizenRegion::of).map(AreaCode::value),
                Optional.of(citizen.preferredLanguage()),
                request.priorContactMade(),
                request.externalReference(),
                Optional.of(consent),
                Optional.of(request.personalData()));
    }

    /**
     * The facts that travel with a forward: the non-personal ones always, the citizen and the
     * summary (and the consent that allows it) only with the citizen's fresh consent; the sender's
     * own external reference never.
     */
    CaseFacts forwarded(Optional<Consent> freshConsent) {
        boolean withCitizen = freshConsent.map(Consent::given).orElse(false);
        return with(
                Optional.empty(),
                withCitizen ? freshConsent : Optional.empty(),
                withCitizen ? personalData : Optional.empty());
    }

    /** Without the personal data (a list entry, or what remains after erasure). */
    public CaseFacts withoutPersonalData() {
        return with(externalReference, consent, Optional.empty());
    }

    private CaseFacts with(
            Optional<String> externalReference, Optional<Consent> consent, Optional<PersonalData> personalData) {
        return new CaseFacts(
                subject,
                sector,
                language,
                citizenRegion,
                citizenLanguage,
                priorContactMade,
                externalReference,
                consent,
                personalData);
    }

    @Override
    public String toString() {
        return "CaseFacts[sector=" + sector + ", language=" + language + ", personalData="
                + personalData.map(p -> "[hidden]").orElse("none") + "]";
    }
}

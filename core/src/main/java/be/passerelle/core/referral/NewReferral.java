package be.passerelle.core.referral;

import be.passerelle.core.shared.Language;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A referral as the creating use case hands it to the store. The access code is kept only as its
 * digest; the personal data is encrypted by the store.
 *
 * @param personalData empty for a forwarded referral without the citizen's fresh consent
 * @param citizenRegion the region of the citizen's postal code (non-personal, for statistics)
 */
public record NewReferral(
        UUID id,
        PublicReference reference,
        byte[] accessCodeDigest,
        ReferralParties parties,
        String subject,
        String sector,
        Language language,
        Optional<String> citizenRegion,
        Optional<Language> citizenLanguage,
        boolean priorContactMade,
        Optional<String> externalReference,
        Optional<Consent> consent,
        Optional<PersonalData> personalData,
        Instant dueAt,
        Instant createdAt,
        Optional<UUID> forwardedFrom) {
    public NewReferral {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reference, "reference");
        accessCodeDigest =
                Objects.requireNonNull(accessCodeDigest, "accessCodeDigest").clone();
        Objects.requireNonNull(parties, "parties");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(citizenRegion, "citizenRegion");
        Objects.requireNonNull(citizenLanguage, "citizenLanguage");
        Objects.requireNonNull(externalReference, "externalReference");
        Objects.requireNonNull(consent, "consent");
        Objects.requireNonNull(personalData, "personalData");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(forwardedFrom, "forwardedFrom");
    }

    @Override
    public byte[] accessCodeDigest() {
        return accessCodeDigest.clone();
    }
}

package be.passerelle.core.referral;

import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.TenantSlug;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a sender asks for when it refers a case (SPEC §4.3, {@code POST /referrals}). The consent
 * may be absent: that is a business rule's refusal (422), not malformed input.
 *
 * @param subject a short, non-personal title of the case, searchable by both institutions
 * @param sector the sector's taxonomy code, e.g. {@code energy}
 * @param language the language of the case file
 */
public record ReferralRequest(
        TenantSlug receiver,
        String subject,
        String sector,
        Language language,
        PersonalData personalData,
        Optional<Consent> consent,
        boolean priorContactMade,
        Optional<String> externalReference) {
    private static final Pattern SECTOR = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    public ReferralRequest {
        Objects.requireNonNull(receiver, "receiver");
        if (subject == null || subject.isBlank() || subject.strip().length() > 200) {
            throw new InvalidInput("the subject has 1 to 200 characters");
        }
        subject = subject.strip();
        if (sector == null || !SECTOR.matcher(sector).matches()) {
            throw new InvalidInput("the sector is a taxonomy code such as energy");
        }
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(personalData, "personalData");
        Objects.requireNonNull(consent, "consent");
        externalReference = Objects.requireNonNull(externalReference, "externalReference")
                .map(String::strip)
                .filter(s -> !s.isEmpty());
        if (externalReference.map(String::length).orElse(0) > 100) {
            throw new InvalidInput("the external reference has at most 100 characters");
        }
    }

    @Override
    public String toString() {
        return "ReferralRequest[receiver=" + receiver + ", sector=" + sector + ", language=" + language
                + ", personalData=[hidden]]";
    }
}

package be.passerelle.api.referral;

import be.passerelle.core.directory.PostalCode;
import be.passerelle.core.referral.Citizen;
import be.passerelle.core.referral.Consent;
import be.passerelle.core.referral.PersonalData;
import be.passerelle.core.referral.ReferralRequest;
import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.TenantSlug;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;

/**
 * A new referral.
 *
 * @param receiver the receiving institution's slug
 * @param subject a short title of the case; <b>non-personal</b> (no names): both institutions search it
 * @param summary the case summary (personal data, encrypted at rest)
 * @param sector the sector's taxonomy code, e.g. {@code energy}
 * @param language the language of the case file
 * @param citizen the citizen (personal data, encrypted at rest)
 * @param consent the citizen's consent to the transfer; missing or not given is refused (422)
 * @param priorContactMade whether the citizen already complained to the administration or company
 * @param externalReference the sender's own case number
 */
@Schema(name = "CreateReferralBody")
record CreateReferralRequest(
        @NotBlank @Size(max = 63) String receiver,
        @NotBlank @Size(max = 200) String subject,
        @NotBlank @Size(max = 10_000) String summary,

        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}", message = "must be a sector code such as energy")
        String sector,

        @NotNull @Pattern(regexp = Languages.PATTERN, message = Languages.MESSAGE)
        String language,

        @NotNull @Valid CitizenRequest citizen,
        @Schema(nullable = true) @Valid ConsentRequest consent,
        @NotNull Boolean priorContactMade,
        @Schema(nullable = true) @Size(max = 100) String externalReference) {

    /**
     * @param postalCode the Belgian postal code of the citizen's address; its region is kept for statistics
     * @param preferredLanguage the language to write to the citizen in
     */
    record CitizenRequest(
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @Schema(nullable = true) @Email @Size(max = 254) String email,

            @Schema(nullable = true) @Pattern(regexp = "\\+?[0-9 ./()-]{6,30}", message = "must be a phone number")
            String phone,

            @Schema(nullable = true) @Pattern(regexp = "[1-9][0-9]{3}", message = "must be a Belgian postal code")
            String postalCode,

            @NotNull @Pattern(regexp = Languages.PATTERN, message = Languages.MESSAGE)
            String preferredLanguage) {

        /** Personal data: none of it in logs. */
        @Override
        public String toString() {
            return "CitizenRequest[personal data]";
        }
    }

    /**
     * @param given whether the citizen agreed to the transfer
     * @param obtainedAt when
     * @param channel how, e.g. {@code phone}, {@code email}, {@code form}
     * @param textVersion the version of the consent text the citizen agreed to
     */
    record ConsentRequest(
            @NotNull Boolean given,
            @NotNull Instant obtainedAt,
            @NotBlank @Size(max = 40) String channel,
            @NotBlank @Size(max = 40) String textVersion) {}

    /** Without the citizen and the summary (personal data): none of it in logs. */
    @Override
    public String toString() {
        return "CreateReferralRequest[receiver=" + receiver + ", subject=" + subject + ", sector=" + sector
                + ", language=" + language + ", consent=" + consent + ", priorContactMade=" + priorContactMade
                + ", externalReference=" + externalReference + ", citizen and summary: personal data]";
    }

    ReferralRequest toRequest() {
        Citizen person = new Citizen(
                citizen.firstName(),
                citizen.lastName(),
                Optional.ofNullable(citizen.email()),
                Optional.ofNullable(citizen.phone()),
                Optional.ofNullable(citizen.postalCode()).map(PostalCode::parse),
                Languages.of(citizen.preferredLanguage()));
        return new ReferralRequest(
                new TenantSlug(receiver),
                subject,
                sector,
                Languages.of(language),
                new PersonalData(person, summary.strip()),
                Optional.ofNullable(consent)
                        .map(c -> new Consent(
                                c.given(),
                                c.obtainedAt(),
                                c.channel().strip(),
                                c.textVersion().strip())),
                priorContactMade,
                Optional.ofNullable(externalReference));
    }

    /** The language codes of the API. */
    static final class Languages {
        static final String PATTERN = "fr|nl|de|en";
        static final String MESSAGE = "must be one of fr, nl, de, en";

        private Languages() {}

        static Language of(String code) {
            return Language.fromCode(code).orElseThrow();
        }
    }
}

package be.passerelle.api.directory;

import be.passerelle.core.directory.AdminLevel;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * A directory entry as its institution's admin writes it (the whole entry: what is left out is
 * removed).
 *
 * @param names the institution's names by language ({@code fr}, {@code nl}, {@code de}, {@code en});
 *     French or Dutch required
 * @param descriptions what the institution does, by language; French or Dutch required when given
 * @param contact how to reach the institution
 * @param languages the languages the institution serves
 * @param competences what the institution handles (SPEC §4.2), codes from the taxonomies
 * @param admissibility when the institution takes a complaint
 * @param referralIntake whether the institution takes referrals, and its acknowledgement deadline
 * @param openingHours opening periods, Europe/Brussels time
 */
record DirectoryEntryRequest(
        @NotNull @Size(min = 1, max = 4) Map<String, @NotBlank @Size(max = 200) String> names,
        @Size(max = 4) Map<String, @NotBlank @Size(max = 4000) String> descriptions,
        @Valid Contact contact,
        @NotNull @Size(min = 1, max = 4) List<@NotNull @Pattern(regexp = LANGUAGE) String> languages,
        @NotNull @Size(max = 50) List<@NotNull @Valid CompetenceRequest> competences,
        @NotNull @Valid AdmissibilityRequest admissibility,
        @NotNull @Valid Intake referralIntake,
        @Size(max = 50) List<@NotNull @Valid Opening> openingHours) {
    static final String LANGUAGE = "fr|nl|de|en";
    static final String URL = "https?://[^\\s]{1,290}";

    /**
     * @param website the institution's website ({@code https://…})
     * @param email a public contact address
     * @param phone a public phone number
     * @param postalAddress where to write
     * @param socialMedia accounts on social networks
     */
    @Schema(name = "ContactRequest")
    record Contact(
            @Size(max = 300) @Pattern(regexp = URL) String website,
            @Size(max = 254) @Email String email,
            @Pattern(regexp = "\\+?[0-9][0-9 ()./-]{5,29}") String phone,
            @Valid Address postalAddress,
            @Size(max = 10) List<@NotNull @Valid Social> socialMedia) {}

    /**
     * @param street street and number
     * @param postalCode postal code
     * @param locality municipality or town
     * @param country ISO 3166-1 alpha-2 country code
     */
    @Schema(name = "AddressRequest")
    record Address(
            @NotBlank @Size(max = 200) String street,
            @NotBlank @Size(max = 16) String postalCode,
            @NotBlank @Size(max = 100) String locality,
            @NotNull @Pattern(regexp = "[A-Z]{2}") String country) {}

    /**
     * @param network the network's name, lower case ({@code linkedin}, {@code facebook}, …)
     * @param url the account's address
     */
    @Schema(name = "SocialRequest")
    record Social(
            @NotNull @Pattern(regexp = "[a-z][a-z0-9-]{0,30}")
            String network,

            @NotNull @Size(max = 300) @Pattern(regexp = URL) String url) {}

    /**
     * @param sector a sector code of {@code /taxonomy/sectors}; absent: any sector
     * @param adminLevel the level of the administrations concerned; absent: any level
     * @param territory area codes of {@code /taxonomy/areas}
     * @param bodies when given, only complaints about these bodies ({@code /taxonomy/bodies})
     * @param excludesAreas areas of the territory left out
     * @param excludesBodies bodies left out
     */
    record CompetenceRequest(
            @Size(max = 63) String sector,
            AdminLevel adminLevel,
            @NotNull @Size(min = 1, max = 50) List<@NotNull @Size(max = 63) String> territory,
            @Size(max = 50) List<@NotNull @Size(max = 63) String> bodies,
            @Size(max = 50) List<@NotNull @Size(max = 63) String> excludesAreas,
            @Size(max = 50) List<@NotNull @Size(max = 63) String> excludesBodies) {}

    /**
     * @param priorContactRequired the citizen must first complain to the administration or company
     * @param maxComplaintAgeMonths the maximum age of the facts, in months
     * @param anonymousAccepted whether anonymous complaints are taken
     * @param verified whether the institution confirmed these rules (default true: its admin saves them)
     */
    record AdmissibilityRequest(
            @NotNull Boolean priorContactRequired,
            @Min(1) @Max(600) Integer maxComplaintAgeMonths,
            @NotNull Boolean anonymousAccepted,
            @Schema(defaultValue = "true") Boolean verified) {}

    /**
     * @param acceptsReferrals whether the institution takes referrals from the network
     * @param acknowledgementWorkingDays its acknowledgement deadline, in working days
     */
    @Schema(name = "IntakeRequest")
    record Intake(
            @NotNull Boolean acceptsReferrals,
            @NotNull @Min(1) @Max(60) Integer acknowledgementWorkingDays) {}

    /**
     * @param day the day of the week
     * @param opens opening time ({@code HH:mm})
     * @param closes closing time ({@code HH:mm}), after {@code opens}
     */
    @Schema(name = "OpeningRequest")
    record Opening(
            @NotNull DayOfWeek day,
            @NotNull LocalTime opens,
            @NotNull LocalTime closes) {}
}

package be.passerelle.api.directory;

import be.passerelle.core.directory.Admissibility;
import be.passerelle.core.directory.AreaCode;
import be.passerelle.core.directory.Competence;
import be.passerelle.core.directory.ContactChannels;
import be.passerelle.core.directory.InstitutionEntry;
import be.passerelle.core.directory.InstitutionProfile;
import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.LocalizedText;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An institution's directory entry.
 *
 * @param slug the institution's stable name
 * @param kind FEDERAL, REGIONAL, COMMUNITY, LOCAL or SECTORAL
 * @param name the name in the reader's language (Accept-Language, with the fallback of SPEC §4.1)
 * @param version the entry's version (the ETag also covers the referral intake)
 * @param updatedAt when the entry last changed
 * @param entry the entry's content
 */
record InstitutionResponse(
        String slug, String kind, String name, int version, Instant updatedAt, ProfileResponse entry) {

    static InstitutionResponse of(InstitutionEntry entry, Language reader) {
        InstitutionProfile profile = entry.profile();
        return new InstitutionResponse(
                entry.slug().value(),
                entry.kind().name(),
                profile.names().in(reader, profile.languages()),
                entry.version().entry(),
                entry.updatedAt(),
                ProfileResponse.of(profile));
    }

    /**
     * The content of a directory entry, as {@code PUT} takes it.
     *
     * @param names names by language
     * @param descriptions descriptions by language (empty when none)
     * @param contact contact channels
     * @param languages languages served
     * @param competences what the institution handles
     * @param admissibility when it takes a complaint
     * @param referralIntake whether it takes referrals and its acknowledgement deadline
     * @param openingHours opening periods, Europe/Brussels time
     */
    record ProfileResponse(
            Map<String, String> names,
            Map<String, String> descriptions,
            Contact contact,
            List<String> languages,
            List<CompetenceResponse> competences,
            AdmissibilityResponse admissibility,
            Intake referralIntake,
            List<Opening> openingHours) {

        static ProfileResponse of(InstitutionProfile profile) {
            ContactChannels contact = profile.contact();
            Admissibility rules = profile.admissibility();
            return new ProfileResponse(
                    texts(profile.names()),
                    profile.descriptions().map(InstitutionResponse::texts).orElseGet(Map::of),
                    new Contact(
                            contact.website().orElse(null),
                            contact.email().orElse(null),
                            contact.phone().orElse(null),
                            contact.postalAddress()
                                    .map(a -> new Address(a.street(), a.postalCode(), a.locality(), a.country()))
                                    .orElse(null),
                            contact.socialMedia().stream()
                                    .map(s -> new Social(s.network(), s.url()))
                                    .toList()),
                    profile.languages().stream().map(Language::code).toList(),
                    profile.competences().stream().map(CompetenceResponse::of).toList(),
                    new AdmissibilityResponse(
                            rules.priorContactRequired(),
                            rules.maxComplaintAgeMonths().isPresent()
                                    ? rules.maxComplaintAgeMonths().getAsInt()
                                    : null,
                            rules.anonymousAccepted(),
                            rules.verified()),
                    new Intake(
                            profile.intake().acceptsReferrals(),
                            profile.intake().acknowledgementWorkingDays()),
                    profile.openingHours().stream()
                            .map(p -> new Opening(p.day(), p.opens(), p.closes()))
                            .toList());
        }
    }

    /**
     * @param website website
     * @param email public email address
     * @param phone public phone number
     * @param postalAddress postal address
     * @param socialMedia social media accounts
     */
    record Contact(
            @Schema(nullable = true) String website,
            @Schema(nullable = true) String email,
            @Schema(nullable = true) String phone,
            @Schema(nullable = true) Address postalAddress,
            List<Social> socialMedia) {}

    /**
     * @param street street and number
     * @param postalCode postal code
     * @param locality municipality or town
     * @param country ISO country code
     */
    record Address(String street, String postalCode, String locality, String country) {}

    /**
     * @param network the network
     * @param url the account
     */
    record Social(String network, String url) {}

    /**
     * @param sector sector code (absent: any sector)
     * @param adminLevel administration level (absent: any level)
     * @param territory area codes
     * @param bodies only these bodies, when not empty
     * @param excludesAreas areas left out
     * @param excludesBodies bodies left out
     */
    record CompetenceResponse(
            @Schema(nullable = true) String sector,
            @Schema(nullable = true) String adminLevel,
            List<String> territory,
            List<String> bodies,
            List<String> excludesAreas,
            List<String> excludesBodies) {
        static CompetenceResponse of(Competence competence) {
            return new CompetenceResponse(
                    competence.sector().orElse(null),
                    competence.adminLevel().map(Enum::name).orElse(null),
                    competence.territory().stream().map(AreaCode::value).toList(),
                    competence.bodies(),
                    competence.excludesAreas().stream().map(AreaCode::value).toList(),
                    competence.excludesBodies());
        }
    }

    /**
     * @param priorContactRequired the citizen must first complain to the administration or company
     * @param maxComplaintAgeMonths maximum age of the facts in months (absent: no limit)
     * @param anonymousAccepted anonymous complaints taken
     * @param verified whether the institution confirmed these rules
     */
    record AdmissibilityResponse(
            boolean priorContactRequired,
            @Schema(nullable = true) Integer maxComplaintAgeMonths,
            boolean anonymousAccepted,
            boolean verified) {}

    /**
     * @param acceptsReferrals whether the institution takes referrals
     * @param acknowledgementWorkingDays acknowledgement deadline in working days
     */
    record Intake(boolean acceptsReferrals, int acknowledgementWorkingDays) {}

    /**
     * @param day day of the week
     * @param opens opening time
     * @param closes closing time
     */
    record Opening(DayOfWeek day, LocalTime opens, LocalTime closes) {}

    static Map<String, String> texts(LocalizedText text) {
        Map<String, String> byCode = new LinkedHashMap<>();
        text.values().forEach((language, value) -> byCode.put(language.code(), value));
        return byCode;
    }
}

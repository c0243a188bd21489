package be.passerelle.core.directory;

import java.util.List;

/**
 * Why the finder proposes an institution, what the citizen should know first, and what it says about
 * the query as a whole. Each code names the parameters its {@link Reason} carries; the texts in the
 * four languages are in {@link ReasonCatalogue}.
 */
public enum ReasonCode {
    // Why a candidate matched.
    SECTOR_MATCHED("sector"),
    /** The sector matched though the competence is for another level (e.g. Ombudsrail for SNCB). */
    SECTOR_SPECIALIST("sector"),
    COMPETENT_FOR_LEVEL("level"),
    BODY_NAMED("body"),
    ONLY_FOR_BODIES("bodies"),
    EXCEPT_BODIES("bodies"),
    TERRITORY_COVERS_POSTAL_CODE("territory", "postalCode"),
    /** Part of a shared postal code: the municipalities this competence covers. */
    TERRITORY_COVERS_MUNICIPALITIES("territory", "municipalities", "postalCode"),
    TERRITORY_COVERS_AREA("territory", "area"),
    TERRITORY_PARTLY_COVERS_AREA("territory", "area"),
    EXCEPT_AREAS("areas"),
    SERVES_LANGUAGE("language"),
    DOES_NOT_SERVE_LANGUAGE("language"),

    // Admissibility: what to do before the institution can help.
    PRIOR_CONTACT_WITH_BODY("body", "institution"),
    PRIOR_CONTACT_WITH_COMPANY("institution"),
    PRIOR_CONTACT_WITH_ADMINISTRATION("institution"),
    COMPLAINT_AGE_LIMIT("months"),
    ANONYMOUS_NOT_ACCEPTED(),
    RULES_NOT_VERIFIED(),

    // About the query and the answer as a whole.
    POSTAL_CODE_LOCATED("postalCode", "region", "communities"),
    POSTAL_CODE_SHARED("postalCode", "municipalities"),
    BODY_OVERRIDES_LOCATION("body"),
    NO_COMPETENT_INSTITUTION(),
    ORIENTATION_POINT("institution");

    private final List<String> parameters;

    ReasonCode(String... parameters) {
        this.parameters = List.of(parameters);
    }

    /** The names of the parameters a reason with this code carries, each a list of values. */
    public List<String> parameters() {
        return parameters;
    }
}

package be.passerelle.api.directory;

import be.passerelle.core.directory.AdminLevel;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A question to the competence finder.
 *
 * @param postalCode where the administration concerned is (for a local administration: its commune),
 *     not the citizen's home
 * @param area an area code (narrows a shared postal code, or replaces it)
 * @param sector a sector code
 * @param adminLevel the level of the administration or company concerned
 * @param body a named administration or company; overrides the location, sector and level
 * @param language the citizen's language (fr, nl, de, en); the reasons are written in it
 * @param text the citizen's own words; never used, logged or stored
 */
record MatchRequest(
        @Size(max = 10) String postalCode,
        @Size(max = 63) String area,
        @Size(max = 63) String sector,
        AdminLevel adminLevel,
        @Size(max = 63) String body,
        @Pattern(regexp = DirectoryEntryRequest.LANGUAGE) String language,
        @Size(max = 5000) String text) {

    /** Leaves the citizen's text out, should anything ever print a request. */
    @Override
    public String toString() {
        return "MatchRequest[postalCode=" + postalCode + ", area=" + area + ", sector=" + sector + ", adminLevel="
                + adminLevel + ", body=" + body + ", language=" + language + "]";
    }
}

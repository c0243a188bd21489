package be.passerelle.core.directory;

import be.passerelle.core.shared.Language;
import java.util.Optional;

/**
 * A question to the competence finder (SPEC §4.2). {@code postalCode} and {@code area} locate the
 * administration concerned (for a local administration, its commune), not the citizen's home; when
 * both are given, the area narrows a shared postal code. A named {@code body} overrides the
 * location, the sector and the level. {@code language} is the citizen's. The free text of the API is
 * not part of the query: it is never used, logged or stored.
 */
public record MatchQuery(
        Optional<PostalCode> postalCode,
        Optional<AreaCode> area,
        Optional<String> sector,
        Optional<AdminLevel> adminLevel,
        Optional<String> body,
        Optional<Language> language) {
    public MatchQuery {
        postalCode = postalCode == null ? Optional.empty() : postalCode;
        area = area == null ? Optional.empty() : area;
        sector = sector == null ? Optional.empty() : sector;
        sector.ifPresent(Codes::sector);
        adminLevel = adminLevel == null ? Optional.empty() : adminLevel;
        body = body == null ? Optional.empty() : body;
        body.ifPresent(Codes::body);
        language = language == null ? Optional.empty() : language;
    }

    /** A query with no criterion yet. */
    public static MatchQuery empty() {
        return new MatchQuery(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /** Whether the query says anything about the problem (the language alone does not). */
    public boolean hasCriterion() {
        return postalCode.isPresent()
                || area.isPresent()
                || sector.isPresent()
                || adminLevel.isPresent()
                || body.isPresent();
    }

    /** The same query with a postal code, parsed from text (malformed text is invalid input). */
    public MatchQuery withPostalCode(String code) {
        return new MatchQuery(Optional.of(PostalCode.parse(code)), area, sector, adminLevel, body, language);
    }

    public MatchQuery withArea(String code) {
        return new MatchQuery(postalCode, Optional.of(AreaCode.of(code)), sector, adminLevel, body, language);
    }

    public MatchQuery withSector(String code) {
        return new MatchQuery(postalCode, area, Optional.of(code), adminLevel, body, language);
    }

    public MatchQuery withAdminLevel(AdminLevel level) {
        return new MatchQuery(postalCode, area, sector, Optional.of(level), body, language);
    }

    public MatchQuery withBody(String code) {
        return new MatchQuery(postalCode, area, sector, adminLevel, Optional.of(code), language);
    }

    public MatchQuery withLanguage(Language citizen) {
        return new MatchQuery(postalCode, area, sector, adminLevel, body, Optional.of(citizen));
    }
}

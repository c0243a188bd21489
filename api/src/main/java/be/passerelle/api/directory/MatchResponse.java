package be.passerelle.api.directory;

import be.passerelle.core.directory.AreaCode;
import be.passerelle.core.directory.Candidate;
import be.passerelle.core.directory.CompetenceFinder;
import be.passerelle.core.directory.DirectorySnapshots;
import be.passerelle.core.directory.FindCompetentInstitutions;
import be.passerelle.core.directory.InstitutionEntry;
import be.passerelle.core.directory.MatchResult;
import be.passerelle.core.directory.OrientationPoint;
import be.passerelle.core.directory.PostalLocation;
import be.passerelle.core.directory.Reason;
import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.TenantSlug;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The finder's answer.
 *
 * @param competent whether some member of the network is competent
 * @param language the language of the texts
 * @param location where the postal code lies, when one was given
 * @param notes about the question as a whole (a shared postal code, a body that overrode the location,
 *     nobody competent and where to turn)
 * @param candidates competent institutions, best first
 * @param orientation when nobody is competent: the orientation points for that kind of problem
 */
record MatchResponse(
        boolean competent,
        String language,
        @Schema(nullable = true) Location location,
        List<Text> notes,
        List<CandidateResponse> candidates,
        List<Institution> orientation) {

    /**
     * @param code a stable code (e.g. TERRITORY_COVERS_POSTAL_CODE)
     * @param text the text in the requested language
     */
    record Text(String code, String text) {}

    /**
     * @param code area code
     * @param label its label
     */
    record Place(String code, String label) {}

    /**
     * @param postalCode the postal code
     * @param region its region
     * @param communities its communities (two in Brussels)
     * @param province its province (none in Brussels)
     * @param municipalities the known municipalities that use it (several when it is shared)
     */
    record Location(
            String postalCode,
            Place region,
            List<Place> communities,
            @Schema(nullable = true) Place province,
            List<Place> municipalities) {}

    /**
     * @param slug the institution's slug (see the directory)
     * @param name its name in the requested language
     * @param kind its kind
     * @param website its website, if known
     * @param acceptsReferrals whether it takes referrals from the network
     */
    record Institution(
            String slug,
            String name,
            String kind,
            @Schema(nullable = true) String website,
            boolean acceptsReferrals) {}

    /**
     * @param institution the institution
     * @param score 0 to 100, higher is better
     * @param coverage FULL or PARTIAL: how much of the place concerned its territory covers
     * @param reasons why it is proposed
     * @param conditions what the citizen should know or do first (admissibility)
     */
    record CandidateResponse(
            Institution institution, int score, String coverage, List<Text> reasons, List<Text> conditions) {}

    static MatchResponse of(FindCompetentInstitutions.Answer answer, Language language) {
        MatchResult result = answer.result();
        DirectorySnapshots.Snapshot directory = answer.directory();
        CompetenceFinder finder = directory.finder();
        return new MatchResponse(
                result.anyCompetent(),
                language.code(),
                result.location().map(l -> location(l, directory, language)).orElse(null),
                texts(result.notes(), finder, language),
                result.candidates().stream()
                        .map(c -> candidate(c, directory, language))
                        .toList(),
                result.orientation().stream()
                        .map(OrientationPoint::institution)
                        .map(slug -> institution(slug, directory, language))
                        .toList());
    }

    private static CandidateResponse candidate(Candidate c, DirectorySnapshots.Snapshot directory, Language language) {
        return new CandidateResponse(
                institution(c.institution(), directory, language),
                c.score(),
                c.coverage().name(),
                texts(c.reasons(), directory.finder(), language),
                texts(c.conditions(), directory.finder(), language));
    }

    private static Institution institution(TenantSlug slug, DirectorySnapshots.Snapshot directory, Language language) {
        InstitutionEntry entry = directory.entry(slug).orElseThrow();
        return new Institution(
                slug.value(),
                entry.profile().names().in(language, entry.profile().languages()),
                entry.kind().name(),
                entry.profile().contact().website().orElse(null),
                entry.profile().intake().acceptsReferrals());
    }

    private static Location location(PostalLocation l, DirectorySnapshots.Snapshot directory, Language language) {
        return new Location(
                l.postalCode().toString(),
                place(l.region(), directory, language),
                l.communities().stream().map(a -> place(a, directory, language)).toList(),
                l.province().map(a -> place(a, directory, language)).orElse(null),
                l.municipalities().stream()
                        .map(a -> place(a, directory, language))
                        .toList());
    }

    private static Place place(AreaCode code, DirectorySnapshots.Snapshot directory, Language language) {
        return new Place(
                code.value(),
                directory.directory().geography().require(code).labels().in(language, List.of()));
    }

    private static List<Text> texts(List<Reason> reasons, CompetenceFinder finder, Language language) {
        return reasons.stream()
                .map(r -> new Text(r.code().name(), finder.explain(r, language)))
                .toList();
    }
}

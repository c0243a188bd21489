package be.passerelle.web.referral;

import be.passerelle.client.ApiException;
import be.passerelle.client.api.DirectoryApi;
import be.passerelle.client.api.TaxonomiesApi;
import be.passerelle.client.model.CandidateResponse;
import be.passerelle.client.model.Institution;
import be.passerelle.client.model.MatchRequest;
import be.passerelle.client.model.MatchResponse;
import be.passerelle.client.model.Text;
import be.passerelle.web.api.ApiProblem;
import be.passerelle.web.api.FormRefused;
import be.passerelle.web.api.PasserelleApi;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The competence finder and the sectors as the pages use them: the API's {@code matchInstitutions} and
 * {@code listSectors}, in the user's language, mapped into the pages' own records.
 */
@Component
class Finder {
    private final PasserelleApi api;
    private final DirectoryApi directory;
    private final TaxonomiesApi taxonomies;

    Finder(PasserelleApi api) {
        this.api = api;
        this.directory = new DirectoryApi(api.client());
        this.taxonomies = new TaxonomiesApi(api.client());
    }

    /** The sectors, labelled in the user's language. */
    List<Sector> sectors() {
        try {
            return taxonomies.listSectors(null, api.asCurrentUser()).stream()
                    .map(s -> new Sector(s.getCode(), s.getLabel()))
                    .toList();
        } catch (ApiException e) {
            throw ApiProblem.of(e);
        }
    }

    /**
     * The institutions competent for a case of this sector for a citizen living at this postal code,
     * best first, with the API's reasons and conditions in the user's language.
     *
     * @throws FormRefused when the API refuses the question (e.g. a postal code outside Belgium)
     */
    Match match(String sector, String postalCode) {
        try {
            MatchResponse match = directory.matchInstitutions(
                    new MatchRequest().sector(sector).postalCode(postalCode), null, api.asCurrentUser());
            return new Match(
                    Boolean.TRUE.equals(match.getCompetent()),
                    match.getCandidates().stream().map(Finder::candidate).toList(),
                    texts(match.getNotes()),
                    match.getOrientation().stream().map(Finder::institution).toList());
        } catch (ApiException e) {
            throw FormRefused.of(e, api.client().getObjectMapper());
        }
    }

    private static Candidate candidate(CandidateResponse c) {
        return new Candidate(
                institution(c.getInstitution()),
                String.valueOf(c.getCoverage()),
                texts(c.getReasons()),
                texts(c.getConditions()));
    }

    private static InstitutionSummary institution(Institution i) {
        return new InstitutionSummary(
                i.getSlug(), i.getName(), Boolean.TRUE.equals(i.getAcceptsReferrals()), i.getWebsite());
    }

    private static List<String> texts(List<Text> texts) {
        return texts == null ? List.of() : texts.stream().map(Text::getText).toList();
    }

    /** A sector's code and its label in the user's language. */
    record Sector(String code, String label) {}

    /**
     * The finder's answer.
     *
     * @param competent whether any institution is competent
     * @param candidates the competent institutions, best first
     * @param notes the API's notes on the question (e.g. a postal code shared by several municipalities)
     * @param orientation where to turn when nobody is competent
     */
    record Match(
            boolean competent, List<Candidate> candidates, List<String> notes, List<InstitutionSummary> orientation) {}

    /** A ranked institution with why it is competent and what it asks of a complaint. */
    record Candidate(InstitutionSummary institution, String coverage, List<String> reasons, List<String> conditions) {}

    /** An institution of the directory, as a list shows it. */
    record InstitutionSummary(String slug, String name, boolean acceptsReferrals, String website) {}
}

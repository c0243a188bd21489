package be.passerelle.web.admin.directory;

import be.passerelle.client.ApiException;
import be.passerelle.client.api.TaxonomiesApi;
import be.passerelle.web.api.ApiProblem;
import be.passerelle.web.api.PasserelleApi;
import java.util.List;
import org.springframework.stereotype.Component;

/** The taxonomies a competence is chosen from (sectors, areas, bodies), labelled in the user's language. */
@Component
class Taxonomies {
    private final PasserelleApi api;
    private final TaxonomiesApi taxonomies;

    Taxonomies(PasserelleApi api) {
        this.api = api;
        this.taxonomies = new TaxonomiesApi(api.client());
    }

    Choices choices() {
        try {
            var headers = api.asCurrentUser();
            return new Choices(
                    taxonomies.listSectors(null, headers).stream()
                            .map(s -> new Choice(s.getCode(), s.getLabel()))
                            .toList(),
                    taxonomies.listAreas(null, headers).stream()
                            .map(a -> new Choice(a.getCode(), a.getLabel()))
                            .toList(),
                    taxonomies.listBodies(null, headers).stream()
                            .map(b -> new Choice(b.getCode(), b.getName()))
                            .toList());
        } catch (ApiException e) {
            throw ApiProblem.of(e);
        }
    }

    /** What a competence's lists offer. */
    record Choices(List<Choice> sectors, List<Choice> areas, List<Choice> bodies) {}

    /** One code with its label. */
    record Choice(String code, String label) {}
}

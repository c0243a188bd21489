package be.passerelle.web.network;

import be.passerelle.client.ApiException;
import be.passerelle.client.ApiResponse;
import be.passerelle.client.api.TaxonomiesApi;
import be.passerelle.client.model.AreaResponse;
import be.passerelle.client.model.Labels;
import be.passerelle.client.model.SectorResponse;
import be.passerelle.web.api.ApiProblem;
import be.passerelle.web.api.FormRefused;
import be.passerelle.web.api.PasserelleApi;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The API's taxonomies (sectors, areas) as the network admin's pages read and relabel them. */
@Component
class NetworkTaxonomies {
    private final PasserelleApi api;
    private final TaxonomiesApi taxonomies;

    NetworkTaxonomies(PasserelleApi api) {
        this.api = api;
        this.taxonomies = new TaxonomiesApi(api.client());
    }

    List<SectorResponse> sectors() {
        try {
            return taxonomies.listSectors(null, api.asCurrentUser());
        } catch (ApiException e) {
            throw ApiProblem.of(e);
        }
    }

    List<AreaResponse> areas() {
        try {
            return taxonomies.listAreas(null, api.asCurrentUser());
        } catch (ApiException e) {
            throw ApiProblem.of(e);
        }
    }

    /**
     * Adds the sector or replaces its labels.
     *
     * @return whether it was new (the API's 201; 204 when it relabelled an existing one)
     * @throws FormRefused when the API refuses the code or the labels
     */
    boolean putSector(String code, Map<String, String> labels) {
        try {
            ApiResponse<Void> answer =
                    taxonomies.putSectorWithHttpInfo(code, new Labels().labels(labels), api.asCurrentUser());
            return answer.getStatusCode() == 201;
        } catch (ApiException e) {
            throw FormRefused.of(e, api.client().getObjectMapper());
        }
    }

    /** @throws FormRefused when the API refuses the labels */
    void relabelArea(String code, Map<String, String> labels) {
        try {
            taxonomies.relabelArea(code, new Labels().labels(labels), api.asCurrentUser());
        } catch (ApiException e) {
            throw FormRefused.of(e, api.client().getObjectMapper());
        }
    }
}

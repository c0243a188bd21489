package be.passerelle.web.network;

import be.passerelle.client.ApiException;
import be.passerelle.client.api.CallerApi;
import be.passerelle.client.model.MeResponse;
import be.passerelle.web.api.ApiProblem;
import be.passerelle.web.api.PasserelleApi;
import org.springframework.stereotype.Component;

/**
 * The network admin's pages are for the realm role {@code network-admin} only. The API guards its own
 * endpoints, but some of what these pages read is also open to others (the taxonomies are public, a
 * tenant's admin may read their own tenant): the pages ask the API who the user is ({@code /me}) and show
 * everyone else the 403 problem page.
 */
@Component
class NetworkAccess {
    static final String ROLE = "network-admin";

    private final PasserelleApi api;
    private final CallerApi callers;

    NetworkAccess(PasserelleApi api) {
        this.api = api;
        this.callers = new CallerApi(api.client());
    }

    /** @throws ApiProblem (403) unless the signed-in user is a network admin */
    void requireNetworkAdmin() {
        MeResponse me;
        try {
            me = callers.getMe(api.asCurrentUser());
        } catch (ApiException e) {
            throw ApiProblem.of(e);
        }
        boolean networkAdmin =
                me.getRoles() != null && me.getRoles().stream().anyMatch(role -> ROLE.equals(role.getValue()));
        if (!networkAdmin) {
            throw ApiProblem.of(new ApiException(403, "the network admin's pages need the network-admin role"));
        }
    }
}

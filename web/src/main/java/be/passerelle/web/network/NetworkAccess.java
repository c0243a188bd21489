package be.passerelle.web.network;

import be.passerelle.client.ApiException;
import be.passerelle.web.api.ApiProblem;
import be.passerelle.web.layout.Layout;
import org.springframework.stereotype.Component;

/**
 * The network admin's pages are for the realm role {@code network-admin} only. The API guards its own
 * endpoints, but some of what these pages read is open to others too (the taxonomies are public, a tenant's
 * admin may read their own tenant and its rate limit): the pages check the user's roles as the API's {@code
 * /me} gave them ({@link Layout#me()}) and show everyone else the 403 problem page.
 */
@Component
class NetworkAccess {
    private final Layout layout;

    NetworkAccess(Layout layout) {
        this.layout = layout;
    }

    /** @throws ApiProblem (403) unless the signed-in user is a network admin */
    void requireNetworkAdmin() {
        Layout.SignedIn me = layout.me();
        if (me == null || !me.networkAdmin()) {
            throw ApiProblem.of(new ApiException(403, "the network admin's pages need the network-admin role"));
        }
    }
}

package be.passerelle.web.layout;

import be.passerelle.client.ApiException;
import be.passerelle.web.api.ApiProblem;
import org.springframework.stereotype.Component;

/**
 * Who may open the administration pages, from the roles the API's {@code /me} gave ({@link Layout#me()}):
 * everyone else gets the 403 problem page before any call. The API still decides each call; the pages check
 * first because some of what they read is open to others too (the taxonomies are public, a tenant admin may
 * read their own tenant, the API gives a tenant admin its own audit trail where the network's is asked).
 */
@Component
public final class Access {
    private final Layout layout;

    Access(Layout layout) {
        this.layout = layout;
    }

    /** The slug of the signed-in tenant admin's own institution; the 403 problem page for anyone else. */
    public String tenantAdminSlug() {
        Layout.SignedIn me = layout.me();
        if (me == null || !me.tenantAdmin()) {
            throw ApiProblem.of(new ApiException(403, "the institution's administration needs the tenant-admin role"));
        }
        return me.slug();
    }

    /** Nothing for a network admin; the 403 problem page for anyone else. */
    public void requireNetworkAdmin() {
        Layout.SignedIn me = layout.me();
        if (me == null || !me.networkAdmin()) {
            throw ApiProblem.of(new ApiException(403, "the network's administration needs the network-admin role"));
        }
    }
}

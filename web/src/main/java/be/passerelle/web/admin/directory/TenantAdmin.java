package be.passerelle.web.admin.directory;

import be.passerelle.client.ApiException;
import be.passerelle.web.api.ApiProblem;
import be.passerelle.web.layout.Layout;
import org.springframework.stereotype.Component;

/**
 * The institution an admin page is about: the signed-in user's own tenant, as the API's {@code /me} names
 * it ({@link Layout#me()}). A user who is not that tenant's admin gets the 403 problem page (the API decides
 * each call in the end).
 */
@Component
public final class TenantAdmin {
    private final Layout layout;

    TenantAdmin(Layout layout) {
        this.layout = layout;
    }

    /** The slug of the signed-in admin's institution; the 403 problem page for anyone else. */
    public String slug() {
        Layout.SignedIn me = layout.me();
        if (me == null || !me.tenantAdmin()) {
            throw ApiProblem.of(new ApiException(403, "not a tenant admin"));
        }
        return me.slug();
    }
}

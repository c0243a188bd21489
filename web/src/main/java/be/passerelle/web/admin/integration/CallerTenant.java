package be.passerelle.web.admin.integration;

import be.passerelle.client.ApiException;
import be.passerelle.web.api.ApiProblem;
import be.passerelle.web.layout.Layout;
import org.springframework.stereotype.Component;

/**
 * The signed-in user's institution (its slug, the API's tenant identifier), from the API's {@code /me} as the
 * shared {@link Layout} keeps it for the session. A user without an institution (a network admin) gets the
 * 403 page, as the API would refuse them the institution's integrations.
 */
@Component
class CallerTenant {
    private final Layout layout;

    CallerTenant(Layout layout) {
        this.layout = layout;
    }

    String slug() {
        Layout.SignedIn me = layout.me();
        if (me == null || me.slug() == null) {
            throw ApiProblem.of(new ApiException(403, "the caller belongs to no institution"));
        }
        return me.slug();
    }
}

package be.passerelle.web.admin.integration;

import be.passerelle.client.ApiException;
import be.passerelle.client.api.CallerApi;
import be.passerelle.client.model.MeResponse;
import be.passerelle.web.api.ApiProblem;
import be.passerelle.web.api.PasserelleApi;
import org.springframework.stereotype.Component;

/**
 * The signed-in user's institution (its slug, the API's tenant identifier), from the API's {@code /me}. A
 * user without an institution (a network admin) is refused these pages as the API would refuse them.
 */
@Component
class CallerTenant {
    private final PasserelleApi api;
    private final CallerApi callers;

    CallerTenant(PasserelleApi api) {
        this.api = api;
        this.callers = new CallerApi(api.client());
    }

    String slug() {
        try {
            MeResponse me = callers.getMe(api.asCurrentUser());
            if (me.getTenant() == null) {
                // a network admin: the institution pages are not theirs (the 403 problem page)
                throw ApiProblem.of(new ApiException(403, "the caller belongs to no institution"));
            }
            return me.getTenant().getSlug();
        } catch (ApiException e) {
            throw ApiProblem.of(e);
        }
    }
}

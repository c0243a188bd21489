package be.passerelle.web.admin.directory;

import be.passerelle.client.ApiException;
import be.passerelle.client.api.CallerApi;
import be.passerelle.client.model.MeResponse;
import be.passerelle.web.api.ApiProblem;
import be.passerelle.web.api.PasserelleApi;
import org.springframework.stereotype.Component;

/**
 * The institution an admin page is about: the signed-in user's own tenant, as the API's {@code /me} names
 * it. A user who is not that tenant's admin gets the 403 problem page (the API decides each call in the end).
 */
@Component
public final class TenantAdmin {
    static final String ROLE = "tenant-admin";

    private final PasserelleApi api;
    private final CallerApi callers;

    TenantAdmin(PasserelleApi api) {
        this.api = api;
        this.callers = new CallerApi(api.client());
    }

    /** The slug of the signed-in admin's institution; the 403 problem page for anyone else. */
    public String slug() {
        MeResponse me;
        try {
            me = callers.getMe(api.asCurrentUser());
        } catch (ApiException e) {
            throw ApiProblem.of(e);
        }
        if (me.getTenant() == null
                || me.getRoles() == null
                || me.getRoles().stream().noneMatch(role -> ROLE.equals(role.getValue()))) {
            throw ApiProblem.of(new ApiException(403, "not a tenant admin"));
        }
        return me.getTenant().getSlug();
    }
}

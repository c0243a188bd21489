package be.passerelle.web.network;

import be.passerelle.client.ApiException;
import be.passerelle.client.api.TenantsApi;
import be.passerelle.client.model.CreateTenantBody;
import be.passerelle.client.model.PageResponseTenantResponse;
import be.passerelle.client.model.RateLimitRequest;
import be.passerelle.client.model.RateLimitResponse;
import be.passerelle.client.model.TenantResponse;
import be.passerelle.client.model.UpdateTenantBody;
import be.passerelle.web.api.ApiProblem;
import be.passerelle.web.api.Cursors;
import be.passerelle.web.api.FormRefused;
import be.passerelle.web.api.PasserelleApi;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The API's tenant administration as the network admin's pages use it, with the signed-in user's token. */
@Component
class NetworkTenants {
    static final int PAGE_SIZE = 50;

    private final PasserelleApi api;
    private final TenantsApi tenants;

    NetworkTenants(PasserelleApi api) {
        this.api = api;
        this.tenants = new TenantsApi(api.client());
    }

    /** One page of tenants by slug, from the opaque cursor of the previous one ({@code null}: the first). */
    Page list(String cursor) {
        try {
            PageResponseTenantResponse page = tenants.listTenants(PAGE_SIZE, cursor, api.asCurrentUser());
            return new Page(page.getItems(), Cursors.cursorOf(page.getNext()));
        } catch (ApiException e) {
            throw ApiProblem.of(e);
        }
    }

    TenantResponse get(String slug) {
        try {
            return tenants.getTenant(slug, api.asCurrentUser());
        } catch (ApiException e) {
            throw ApiProblem.of(e);
        }
    }

    /** @throws FormRefused when the API refuses the form (fields, a slug or an email taken) */
    TenantResponse create(CreateTenantBody body) {
        try {
            return tenants.createTenant(body, api.asCurrentUser());
        } catch (ApiException e) {
            throw FormRefused.of(e, api.client().getObjectMapper());
        }
    }

    /** @throws FormRefused when the API refuses the change */
    TenantResponse update(String slug, UpdateTenantBody patch) {
        try {
            return tenants.updateTenant(slug, patch, api.asCurrentUser());
        } catch (ApiException e) {
            throw FormRefused.of(e, api.client().getObjectMapper());
        }
    }

    /** @throws FormRefused when the API refuses it (409: not active) */
    TenantResponse suspend(String slug) {
        try {
            return tenants.suspendTenant(slug, api.asCurrentUser());
        } catch (ApiException e) {
            throw FormRefused.of(e, api.client().getObjectMapper());
        }
    }

    /** @throws FormRefused when the API refuses it (409: not suspended) */
    TenantResponse reactivate(String slug) {
        try {
            return tenants.reactivateTenant(slug, api.asCurrentUser());
        } catch (ApiException e) {
            throw FormRefused.of(e, api.client().getObjectMapper());
        }
    }

    RateLimitResponse rateLimit(String slug) {
        try {
            return tenants.getTenantRateLimit(slug, api.asCurrentUser());
        } catch (ApiException e) {
            throw ApiProblem.of(e);
        }
    }

    /** @throws FormRefused when the API refuses the value */
    RateLimitResponse setRateLimit(String slug, RateLimitRequest body) {
        try {
            return tenants.setTenantRateLimit(slug, body, api.asCurrentUser());
        } catch (ApiException e) {
            throw FormRefused.of(e, api.client().getObjectMapper());
        }
    }

    RateLimitResponse resetRateLimit(String slug) {
        try {
            return tenants.resetTenantRateLimit(slug, api.asCurrentUser());
        } catch (ApiException e) {
            throw ApiProblem.of(e);
        }
    }

    /** Imports the network seed (idempotent); the API answers how many tenants it created. */
    Map<String, Integer> importSeed() {
        try {
            return tenants.importNetworkSeed(api.asCurrentUser());
        } catch (ApiException e) {
            throw ApiProblem.of(e);
        }
    }

    /**
     * @param tenants this page's tenants
     * @param nextCursor the cursor of the next page, {@code null} on the last one
     */
    record Page(List<TenantResponse> tenants, String nextCursor) {}
}

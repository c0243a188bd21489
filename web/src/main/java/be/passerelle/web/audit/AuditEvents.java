package be.passerelle.web.audit;

import be.passerelle.client.ApiException;
import be.passerelle.client.api.AuditApi;
import be.passerelle.client.api.TenantsApi;
import be.passerelle.client.model.PageResponseAuditEventResponse;
import be.passerelle.client.model.PageResponseTenantResponse;
import be.passerelle.client.model.Problem;
import be.passerelle.client.model.TenantResponse;
import be.passerelle.web.api.ApiProblem;
import be.passerelle.web.api.Cursors;
import be.passerelle.web.api.FormRefused;
import be.passerelle.web.api.PasserelleApi;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The audit trail of the API as the audit pages read it, and what the network's page needs around it. */
@Component
class AuditEvents {
    private final PasserelleApi api;
    private final AuditApi audit;
    private final TenantsApi tenants;
    private final int pageSize;

    AuditEvents(PasserelleApi api, @Value("${passerelle.web.page-size:20}") int pageSize) {
        this.api = api;
        this.audit = new AuditApi(api.client());
        this.tenants = new TenantsApi(api.client());
        this.pageSize = pageSize;
    }

    /** One page of the trail; a 400 (filters the API refuses) is a {@link FiltersRefused}. */
    PageResponseAuditEventResponse page(AuditFilter filter, String cursor) {
        try {
            return audit.listAuditEvents(
                    pageSize,
                    cursor,
                    filter.tenant(),
                    filter.actor(),
                    filter.action(),
                    filter.targetType(),
                    filter.targetId(),
                    filter.fromInstant(),
                    filter.toInstant(),
                    api.asCurrentUser());
        } catch (ApiException e) {
            if (e.getCode() == 400) {
                throw new FiltersRefused(detail(e));
            }
            throw ApiProblem.of(e);
        }
    }

    /** The network's tenants, id → slug, in slug order (a few pages at most). */
    Map<UUID, String> tenants() {
        Map<UUID, String> slugs = new LinkedHashMap<>();
        String cursor = null;
        try {
            do {
                PageResponseTenantResponse page = tenants.listTenants(100, cursor, api.asCurrentUser());
                for (TenantResponse tenant : page.getItems()) {
                    slugs.put(tenant.getId(), tenant.getSlug());
                }
                cursor = Cursors.cursorOf(page.getNext());
            } while (cursor != null && slugs.size() < 10_000);
        } catch (ApiException e) {
            throw ApiProblem.of(e);
        }
        return slugs;
    }

    private String detail(ApiException e) {
        return FormRefused.problemOf(e, api.client().getObjectMapper())
                .map(Problem::getDetail)
                .orElse(null);
    }

    /** The API refused the filters (400); the page shows them again with its message and the API's detail. */
    static final class FiltersRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final String detail;

        FiltersRefused(String detail) {
            super("the API refused the audit filters");
            this.detail = detail;
        }

        String detail() {
            return detail;
        }
    }
}

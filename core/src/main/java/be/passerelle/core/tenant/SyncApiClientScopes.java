package be.passerelle.core.tenant;

import be.passerelle.core.shared.NotFound;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.shared.TenantStatus;
import be.passerelle.core.shared.UnitOfWork;
import java.util.ArrayList;
import java.util.List;

/**
 * Migration of API clients registered before the integration scopes were OAuth scopes: makes sure
 * the realm has the scopes and that every client registered in the database has its scopes assigned
 * in the identity provider, so that its tokens carry them. Idempotent; run at startup.
 */
public final class SyncApiClientScopes {
    private final UnitOfWork unitOfWork;
    private final Tenants tenants;
    private final ApiClients clients;
    private final IdentityProvisioning identity;

    public SyncApiClientScopes(
            UnitOfWork unitOfWork, Tenants tenants, ApiClients clients, IdentityProvisioning identity) {
        this.unitOfWork = unitOfWork;
        this.tenants = tenants;
        this.clients = clients;
        this.identity = identity;
    }

    /**
     * @return how many clients were brought up to date (a client gone from the identity provider is
     *     skipped: it can get no token anyway)
     * @throws be.passerelle.core.shared.Unavailable when the identity provider cannot be reached
     */
    public int run() {
        identity.ensureApiScopes();
        List<Tenant> withClients = new ArrayList<>();
        for (TenantStatus status : List.of(TenantStatus.ACTIVE, TenantStatus.SUSPENDED)) {
            withClients.addAll(unitOfWork.inShared(() -> tenants.withStatus(status)));
        }
        int synced = 0;
        for (Tenant tenant : withClients) {
            for (ApiClient client : unitOfWork.inTenant(tenant.id(), () -> clients.list(tenant.id()))) {
                try {
                    identity.grantApiScopes(tenant.slug(), client.clientId(), client.scopes());
                    synced++;
                } catch (NotFound gone) {
                    // registered here but deleted in the identity provider: nothing to migrate
                }
            }
        }
        return synced;
    }
}

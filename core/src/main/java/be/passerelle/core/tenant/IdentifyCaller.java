package be.passerelle.core.tenant;

import be.passerelle.core.shared.AccessDenied;
import be.passerelle.core.shared.Caller;
import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.Role;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.core.shared.UnitOfWork;
import java.util.Optional;

/**
 * Turns a verified token into a {@link Caller} (SPEC §3). A token with a tenant role must name
 * exactly one organization, and that organization must be a known, active tenant; anything else is
 * refused (403). A network administrator acts without a tenant. An integration client must still be
 * registered (not revoked) with its tenant, and it may do what its token's {@code scope} claim
 * grants: the token, not the tenant's record, carries its scopes.
 */
public final class IdentifyCaller {
    private final UnitOfWork unitOfWork;
    private final Tenants tenants;
    private final ApiClients apiClients;

    public IdentifyCaller(UnitOfWork unitOfWork, Tenants tenants, ApiClients apiClients) {
        this.unitOfWork = unitOfWork;
        this.tenants = tenants;
        this.apiClients = apiClients;
    }

    public Caller identify(TokenIdentity token) {
        boolean needsTenant = token.roles().stream().anyMatch(Role::isTenantRole);
        if (token.organizations().size() > 1) {
            throw new AccessDenied("the token names several organizations; one account belongs to one institution");
        }
        if (token.organizations().isEmpty()) {
            if (needsTenant) {
                throw new AccessDenied("the token names no organization");
            }
            return new Caller(token.subject(), token.username(), token.roles(), Optional.empty());
        }
        Tenant tenant = unitOfWork
                .inShared(() -> tenants.findBySlug(slugOf(token.organizations().get(0))))
                .orElseThrow(() -> new AccessDenied("the token's organization is not a tenant"));
        if (!tenant.isActive()) {
            throw new AccessDenied("the tenant is not active");
        }
        if (token.roles().contains(Role.INTEGRATION)) {
            ApiClient client = unitOfWork
                    .inTenant(tenant.id(), () -> apiClients.active(tenant.id(), token.clientId()))
                    .orElseThrow(() -> new AccessDenied("this API client has been revoked"));
            return new Caller(
                    token.subject(),
                    token.username(),
                    token.roles(),
                    Optional.of(tenant),
                    token.scopes(),
                    Optional.of(client.clientId()));
        }
        return new Caller(token.subject(), token.username(), token.roles(), Optional.of(tenant));
    }

    private static TenantSlug slugOf(String organization) {
        try {
            return new TenantSlug(organization);
        } catch (InvalidInput e) {
            throw new AccessDenied("the token's organization is not a tenant");
        }
    }
}

package be.passerelle.core.tenant;

import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.shared.AccessDenied;
import be.passerelle.core.shared.ApiScope;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.NotFound;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.core.shared.UnitOfWork;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * A tenant's admin manages the confidential clients of its third-party systems (SPEC §4.1). A
 * revoked client's tokens stop working at once: every integration call checks the tenant's record.
 * A rotated secret keeps working for the grace period, so that the integrator can deploy the new one
 * without downtime.
 */
public final class ManageApiClients {
    private final TenantAdministration administration;
    private final IdentityProvisioning identity;
    private final ApiClients clients;
    private final Duration secretGracePeriod;

    public ManageApiClients(
            UnitOfWork unitOfWork,
            Tenants tenants,
            IdentityProvisioning identity,
            ApiClients clients,
            AuditTrail audit,
            Clock clock,
            Duration secretGracePeriod) {
        this.administration = new TenantAdministration(unitOfWork, tenants, audit, clock);
        this.identity = identity;
        this.clients = clients;
        if (secretGracePeriod.isNegative()) {
            throw new IllegalArgumentException("the secret grace period cannot be negative");
        }
        this.secretGracePeriod = secretGracePeriod;
    }

    public ApiClientCredentials create(CallContext context, TenantSlug slug, String name, Set<ApiScope> scopes) {
        Tenant tenant = requireAdminOf(context, slug);
        if (name == null || !name.matches("[A-Za-z0-9 ._-]{1,60}")) {
            throw new InvalidInput("name has 1 to 60 letters, digits, spaces, dots, dashes or underscores");
        }
        ApiClientCredentials created = identity.createApiClient(slug, name.strip(), ApiScope.orAll(scopes));
        try {
            administration.unitOfWork().inTenant(tenant.id(), () -> {
                clients.add(tenant.id(), created.client());
                administration.audit(
                        context,
                        tenant.id(),
                        "api-client.created",
                        "api-client",
                        created.client().clientId());
                return null;
            });
        } catch (RuntimeException e) {
            identity.deleteApiClient(slug, created.client().clientId());
            throw e;
        }
        return created;
    }

    public List<ApiClient> list(CallContext context, TenantSlug slug) {
        Tenant tenant = requireAdminOf(context, slug);
        return administration.unitOfWork().inTenant(tenant.id(), () -> clients.list(tenant.id()));
    }

    public void revoke(CallContext context, TenantSlug slug, String clientId) {
        Tenant tenant = requireAdminOf(context, slug);
        boolean revoked = administration.unitOfWork().inTenant(tenant.id(), () -> {
            if (!clients.revoke(tenant.id(), clientId)) {
                return false;
            }
            administration.audit(context, tenant.id(), "api-client.revoked", "api-client", clientId);
            return true;
        });
        if (!revoked) {
            throw new NotFound("API client");
        }
        identity.deleteApiClient(slug, clientId);
    }

    /**
     * Gives the client a new secret (shown once); the previous one keeps obtaining tokens until
     * {@link RotatedSecret#previousSecretExpiresAt()}. As for revocation: 403 on another tenant's
     * slug, 404 for a client that is not one of the tenant's active clients.
     */
    public RotatedSecret rotateSecret(CallContext context, TenantSlug slug, String clientId) {
        Tenant tenant = requireAdminOf(context, slug);
        boolean active = administration
                .unitOfWork()
                .inTenant(tenant.id(), () -> clients.active(tenant.id(), clientId))
                .isPresent();
        if (!active) {
            throw new NotFound("API client");
        }
        RotatedSecret rotated = identity.rotateApiClientSecret(slug, clientId, secretGracePeriod);
        administration.auditNow(context, tenant.id(), "api-client.secret-rotated", "api-client", clientId);
        return rotated;
    }

    private Tenant requireAdminOf(CallContext context, TenantSlug slug) {
        Tenant tenant = administration.find(slug);
        if (!TenantAdministration.isAdminOf(context, tenant)) {
            throw new AccessDenied("only the tenant's own admins manage its API clients");
        }
        return tenant;
    }
}

package be.passerelle.core.tenant;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.audit.AuditEntry;
import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.shared.AccessDenied;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.NotFound;
import be.passerelle.core.shared.Role;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.core.shared.UnitOfWork;
import java.time.Clock;
import java.util.Optional;

/** What the tenant use cases share: finding a tenant, checking who may act on it, auditing. */
final class TenantAdministration {
    private final UnitOfWork unitOfWork;
    private final Tenants tenants;
    private final AuditTrail audit;
    private final Clock clock;

    TenantAdministration(UnitOfWork unitOfWork, Tenants tenants, AuditTrail audit, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.tenants = tenants;
        this.audit = audit;
        this.clock = clock;
    }

    UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    Tenants tenants() {
        return tenants;
    }

    static void requireNetworkAdmin(CallContext context) {
        if (!context.caller().has(Role.NETWORK_ADMIN)) {
            throw new AccessDenied("this needs the network-admin role");
        }
    }

    /** The tenant named in the path; 404 when there is none. */
    Tenant find(TenantSlug slug) {
        return unitOfWork.inShared(() -> tenants.findBySlug(slug)).orElseThrow(() -> new NotFound("tenant"));
    }

    /** True when the caller is an admin of exactly this tenant. */
    static boolean isAdminOf(CallContext context, Tenant tenant) {
        return context.caller().has(Role.TENANT_ADMIN)
                && context.caller()
                        .tenant()
                        .map(t -> t.id().equals(tenant.id()))
                        .orElse(false);
    }

    /** Appends an audit entry to the tenant's trail; runs inside the caller's unit of work. */
    void audit(CallContext context, TenantId tenant, String action, String targetType, String targetId) {
        audit.append(new AuditEntry(
                Optional.of(tenant),
                Actor.of(context.caller()),
                action,
                targetType,
                targetId,
                context.requestId(),
                clock.instant()));
    }

    /** Records an audit entry on its own, in the tenant's unit of work. */
    void auditNow(CallContext context, TenantId tenant, String action, String targetType, String targetId) {
        unitOfWork.inTenant(tenant, () -> {
            audit(context, tenant, action, targetType, targetId);
            return null;
        });
    }
}

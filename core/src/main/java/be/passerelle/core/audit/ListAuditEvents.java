package be.passerelle.core.audit;

import be.passerelle.core.shared.AccessDenied;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.Caller;
import be.passerelle.core.shared.NotFound;
import be.passerelle.core.shared.Page;
import be.passerelle.core.shared.PageRequest;
import be.passerelle.core.shared.Role;
import be.passerelle.core.shared.SystemOperation;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.core.shared.UnitOfWork;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the audit trail: a tenant's admin reads its own tenant's, a network administrator reads
 * every tenant's through the system path, or one tenant's when it names it.
 */
public final class ListAuditEvents {
    private final UnitOfWork unitOfWork;
    private final AuditTrail trail;
    private final Function<TenantSlug, Optional<Tenant>> tenantsBySlug;

    /**
     * @param tenantsBySlug finds a tenant by its slug (the tenant module's {@code Tenants::findBySlug}; a function
     *     rather than that port, so that the audit package does not depend on the tenant package, which writes
     *     to the audit trail)
     */
    public ListAuditEvents(
            UnitOfWork unitOfWork, AuditTrail trail, Function<TenantSlug, Optional<Tenant>> tenantsBySlug) {
        this.unitOfWork = unitOfWork;
        this.trail = trail;
        this.tenantsBySlug = tenantsBySlug;
    }

    public Page<AuditEvent> list(CallContext context, AuditQuery query, PageRequest page) {
        return list(context, Optional.empty(), query, page);
    }

    /**
     * @param tenant only this tenant's trail; a tenant admin may name only its own (another's is 404, as
     *     every private resource of another tenant)
     */
    public Page<AuditEvent> list(CallContext context, Optional<TenantSlug> tenant, AuditQuery query, PageRequest page) {
        Caller caller = context.caller();
        if (caller.has(Role.NETWORK_ADMIN)) {
            if (tenant.isEmpty()) {
                return unitOfWork.inSystem(SystemOperation.NETWORK_AUDIT_READ, () -> trail.ofNetwork(query, page));
            }
            TenantId named = unitOfWork
                    .inShared(() -> tenantsBySlug.apply(tenant.get()))
                    .map(Tenant::id)
                    .orElseThrow(
                            () -> new NotFound("institution " + tenant.get().value()));
            return unitOfWork.inSystem(SystemOperation.NETWORK_AUDIT_READ, () -> trail.ofTenant(named, query, page));
        }
        if (caller.has(Role.TENANT_ADMIN)) {
            Tenant own =
                    caller.tenant().orElseThrow(() -> new AccessDenied("reading the audit trail needs an institution"));
            if (tenant.isPresent() && !tenant.get().equals(own.slug())) {
                throw new NotFound("institution " + tenant.get().value());
            }
            return unitOfWork.inTenant(own.id(), () -> trail.ofTenant(own.id(), query, page));
        }
        throw new AccessDenied("reading the audit trail needs the tenant-admin or network-admin role");
    }
}

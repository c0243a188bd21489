package be.passerelle.core.audit;

import be.passerelle.core.shared.AccessDenied;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.Caller;
import be.passerelle.core.shared.Page;
import be.passerelle.core.shared.PageRequest;
import be.passerelle.core.shared.Role;
import be.passerelle.core.shared.SystemOperation;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.UnitOfWork;

/**
 * Reads the audit trail: a tenant's admin reads its own tenant's, a network administrator reads
 * every tenant's through the system path.
 */
public final class ListAuditEvents {
    private final UnitOfWork unitOfWork;
    private final AuditTrail trail;

    public ListAuditEvents(UnitOfWork unitOfWork, AuditTrail trail) {
        this.unitOfWork = unitOfWork;
        this.trail = trail;
    }

    public Page<AuditEvent> list(CallContext context, AuditQuery query, PageRequest page) {
        Caller caller = context.caller();
        if (caller.has(Role.NETWORK_ADMIN)) {
            return unitOfWork.inSystem(SystemOperation.NETWORK_AUDIT_READ, () -> trail.ofNetwork(query, page));
        }
        if (caller.has(Role.TENANT_ADMIN)) {
            TenantId tenant = caller.tenantId();
            return unitOfWork.inTenant(tenant, () -> trail.ofTenant(tenant, query, page));
        }
        throw new AccessDenied("reading the audit trail needs the tenant-admin or network-admin role");
    }
}

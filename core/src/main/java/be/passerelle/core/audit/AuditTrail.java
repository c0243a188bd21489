package be.passerelle.core.audit;

import be.passerelle.core.shared.Page;
import be.passerelle.core.shared.PageRequest;
import be.passerelle.core.shared.TenantId;

/** The append-only audit trail. Appends join the caller's unit of work. */
public interface AuditTrail {

    void append(AuditEntry entry);

    /** One tenant's trail, newest first (runs inside that tenant's unit of work). */
    Page<AuditEvent> ofTenant(TenantId tenant, AuditQuery query, PageRequest page);

    /** Every tenant's trail, newest first (only inside the network audit system operation). */
    Page<AuditEvent> ofNetwork(AuditQuery query, PageRequest page);
}

package be.passerelle.core.testing;

import be.passerelle.core.audit.AuditEntry;
import be.passerelle.core.audit.AuditEvent;
import be.passerelle.core.audit.AuditQuery;
import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.shared.Page;
import be.passerelle.core.shared.PageRequest;
import be.passerelle.core.shared.TenantId;
import java.util.ArrayList;
import java.util.List;

/** An audit trail that keeps the entries appended, in order; its reading side is not for unit tests. */
public final class RecordingAuditTrail implements AuditTrail {
    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public void append(AuditEntry entry) {
        entries.add(entry);
    }

    public List<AuditEntry> entries() {
        return List.copyOf(entries);
    }

    @Override
    public Page<AuditEvent> ofTenant(TenantId tenant, AuditQuery query, PageRequest page) {
        throw new UnsupportedOperationException("read the entries()");
    }

    @Override
    public Page<AuditEvent> ofNetwork(AuditQuery query, PageRequest page) {
        throw new UnsupportedOperationException("read the entries()");
    }
}

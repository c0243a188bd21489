package be.passerelle.core.audit;

import be.passerelle.core.shared.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One committed write, as the audit trail keeps it (SPEC §4.5). {@code tenant} is the tenant whose
 * trail shows the entry (the one concerned), which may differ from the actor's. Never personal data.
 */
public record AuditEntry(
        Optional<TenantId> tenant,
        Actor actor,
        String action,
        String targetType,
        String targetId,
        String requestId,
        Instant occurredAt) {
    public AuditEntry {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(targetType, "targetType");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}

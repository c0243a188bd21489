package be.passerelle.api.audit;

import be.passerelle.core.audit.AuditEvent;
import be.passerelle.core.shared.TenantId;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/**
 * One audit event.
 *
 * @param id the event's id
 * @param occurredAt when the write was committed
 * @param tenantId the tenant whose trail shows it (absent for network-level changes)
 * @param actor who made the change
 * @param action what was done, e.g. {@code tenant.imported}
 * @param target what it was done to
 * @param requestId the request that made it
 */
record AuditEventResponse(
        UUID id,
        Instant occurredAt,
        @Schema(nullable = true) UUID tenantId,
        Actor actor,
        String action,
        Target target,
        String requestId) {

    /**
     * @param id the user, service account or system job
     * @param name its name
     * @param tenantId the actor's own tenant, if any
     */
    @Schema(name = "AuditActor")
    record Actor(
            String id, String name, @Schema(nullable = true) UUID tenantId) {}

    /**
     * @param type the kind of resource
     * @param id its id or slug
     */
    record Target(String type, String id) {}

    static AuditEventResponse of(AuditEvent event) {
        var entry = event.entry();
        return new AuditEventResponse(
                event.id(),
                entry.occurredAt(),
                entry.tenant().map(TenantId::value).orElse(null),
                new Actor(
                        entry.actor().id(),
                        entry.actor().name(),
                        entry.actor().tenant().map(TenantId::value).orElse(null)),
                entry.action(),
                new Target(entry.targetType(), entry.targetId()),
                entry.requestId());
    }
}

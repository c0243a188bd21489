package be.passerelle.core.outbox;

import be.passerelle.core.shared.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A thin integration event (SPEC §4.5): type, time, the tenant that caused it, the resource's id,
 * state and link, and the tenants to notify. Never citizen data, summaries or messages.
 */
public record OutboxEvent(
        UUID id,
        String type,
        Instant occurredAt,
        Optional<TenantId> tenant,
        Set<TenantId> recipients,
        String resourceType,
        String resourceId,
        Optional<String> state,
        String link) {
    public OutboxEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(tenant, "tenant");
        recipients = Set.copyOf(recipients);
        Objects.requireNonNull(resourceType, "resourceType");
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(link, "link");
    }
}

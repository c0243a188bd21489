package be.passerelle.core.webhook;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A pending delivery with its thin event (SPEC §4.5): id, type, time, the tenant that caused it,
 * the resource's type, id, state and link. Nothing else exists in the outbox to leak.
 */
public record OutgoingMessage(
        UUID deliveryId,
        int failures,
        UUID eventId,
        String type,
        Instant occurredAt,
        Optional<String> tenant,
        String resourceType,
        String resourceId,
        Optional<String> state,
        String link) {
    public OutgoingMessage {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(resourceType, "resourceType");
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(link, "link");
    }
}

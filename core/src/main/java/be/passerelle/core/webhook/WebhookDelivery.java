package be.passerelle.core.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** One event on its way to one endpoint, with every attempt so far (oldest first). */
public record WebhookDelivery(
        UUID id,
        long position,
        UUID eventId,
        String eventType,
        boolean delivered,
        Instant createdAt,
        Optional<Instant> nextAttemptAt,
        Optional<Instant> deliveredAt,
        List<DeliveryAttempt> attempts) {
    public WebhookDelivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(deliveredAt, "deliveredAt");
        attempts = List.copyOf(attempts);
    }
}

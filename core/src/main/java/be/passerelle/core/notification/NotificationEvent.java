package be.passerelle.core.notification;

import be.passerelle.core.shared.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A referral outbox event the mail worker has claimed. */
public record NotificationEvent(
        UUID id, String type, Optional<String> state, Optional<TenantId> tenant, UUID referralId, Instant occurredAt) {
    public NotificationEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}

package be.passerelle.core.webhook;

import be.passerelle.core.shared.TenantId;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A subscriber's endpoint: the tenant owning it (none for the network's own), its URL and event
 * types. A disabled endpoint keeps queueing its events until it is enabled again.
 */
public record WebhookEndpoint(
        UUID id,
        Optional<TenantId> owner,
        URI url,
        Set<WebhookEventType> events,
        boolean enabled,
        Optional<Instant> failingSince,
        Optional<Instant> disabledAt,
        Instant createdAt) {
    public WebhookEndpoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(url, "url");
        events = Set.copyOf(events);
        Objects.requireNonNull(failingSince, "failingSince");
        Objects.requireNonNull(disabledAt, "disabledAt");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}

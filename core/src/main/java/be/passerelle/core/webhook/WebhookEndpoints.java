package be.passerelle.core.webhook;

import be.passerelle.core.shared.Page;
import be.passerelle.core.shared.PageRequest;
import be.passerelle.core.shared.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The subscriptions, seen by their owner: a tenant inside its unit of work, the network outside
 * any tenant. Rows of other owners are invisible.
 */
public interface WebhookEndpoints {

    void add(WebhookEndpoint endpoint, WebhookSecret secret, String createdBy);

    int count(Optional<TenantId> owner);

    List<WebhookEndpoint> list(Optional<TenantId> owner);

    Optional<WebhookEndpoint> find(Optional<TenantId> owner, UUID id);

    boolean delete(Optional<TenantId> owner, UUID id);

    /** The secrets the endpoint's messages are signed with, or empty when the owner has no such endpoint. */
    Optional<SigningSecrets> signingSecrets(Optional<TenantId> owner, UUID id);

    /**
     * Makes {@code next} the endpoint's signing secret; the current one becomes the previous one,
     * signing alongside until {@code previousUntil} (a previous one still in its grace period is
     * dropped).
     *
     * @return false when the owner has no such endpoint
     */
    boolean rotateSecret(Optional<TenantId> owner, UUID id, WebhookSecret next, Instant previousUntil);

    /** Enables the endpoint; its oldest pending delivery becomes due at {@code now}. */
    void enable(Optional<TenantId> owner, UUID id, Instant now);

    /** The endpoint's deliveries, newest first, each with its attempts. */
    Page<WebhookDelivery> deliveries(Optional<TenantId> owner, UUID endpointId, PageRequest page);

    /**
     * Sends a delivery again: a pending one becomes due at {@code now}; a delivered one is queued
     * anew (same event, same {@code webhook-id}) behind the endpoint's pending deliveries.
     *
     * @return the delivery that will carry the event, or empty when the endpoint has no such delivery
     */
    Optional<WebhookDelivery> redeliver(Optional<TenantId> owner, UUID endpointId, UUID deliveryId, Instant now);
}

package be.passerelle.core.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The dispatcher's view of the outbox and the deliveries, across tenants (system operation only).
 * Several dispatchers may work at once: each outbox event is fanned out once, and an endpoint is
 * claimed by one dispatcher at a time (its row stays locked until the unit of work ends).
 */
public interface WebhookQueue {

    /**
     * Turns up to {@code limit} new outbox events into one pending delivery per matching endpoint
     * (subscribed to the type, owned by a party to the event, registered before it happened).
     *
     * @return how many outbox events were fanned out
     */
    int fanOut(Instant now, int limit);

    /** Locks an enabled endpoint whose oldest pending delivery is due, skipping endpoints locked by others. */
    Optional<DueEndpoint> claimDue(Instant now);

    /** The endpoint's oldest pending deliveries, in order. */
    List<OutgoingMessage> pending(UUID endpointId, int limit);

    void delivered(OutgoingMessage message, DeliveryAttempt attempt);

    void failed(OutgoingMessage message, DeliveryAttempt attempt, Instant retryAt);

    /** Records when the endpoint started failing (empty: it works again). */
    void failingSince(UUID endpointId, Optional<Instant> since);

    void disable(UUID endpointId, Instant at);
}

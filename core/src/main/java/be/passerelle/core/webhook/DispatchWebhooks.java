package be.passerelle.core.webhook;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.audit.AuditEntry;
import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.shared.SystemOperation;
import be.passerelle.core.shared.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Delivers the outbox to the endpoints (SPEC §4.5), at least once and in creation order per
 * endpoint. A run fans new outbox events out into deliveries, then claims due endpoints one at a
 * time: the endpoint's row stays locked while its oldest pending deliveries are sent in order, so
 * several dispatchers (on several nodes) never send one endpoint's events concurrently or out of
 * order. A failed delivery is retried with backoff and holds back the later ones of its endpoint
 * (head-of-line blocking, by design: receivers see events in order); an endpoint failing for the
 * schedule's whole span is disabled, keeps queueing, and its owner finds a {@code webhook.disabled}
 * entry in its audit trail.
 */
public final class DispatchWebhooks {
    private static final int FAN_OUT_BATCH = 500;
    private static final int SENDS_PER_CLAIM = 20;
    private static final int CLAIMS_PER_RUN = 200;

    private final UnitOfWork unitOfWork;
    private final WebhookQueue queue;
    private final WebhookSender sender;
    private final WebhookSigner signer;
    private final AuditTrail audit;
    private final RetrySchedule schedule;
    private final String baseUrl;
    private final Clock clock;
    private final RandomGenerator random;

    public DispatchWebhooks(
            UnitOfWork unitOfWork,
            WebhookQueue queue,
            WebhookSender sender,
            WebhookSigner signer,
            AuditTrail audit,
            RetrySchedule schedule,
            String baseUrl,
            Clock clock,
            RandomGenerator random) {
        this.unitOfWork = unitOfWork;
        this.queue = queue;
        this.sender = sender;
        this.signer = signer;
        this.audit = audit;
        this.schedule = schedule;
        this.baseUrl = baseUrl;
        this.clock = clock;
        this.random = random;
    }

    /**
     * One pass: fans out what is new and sends what is due.
     *
     * @return how many deliveries succeeded
     */
    public int runOnce() {
        int fanned;
        do {
            fanned = unitOfWork.inSystem(SystemOperation.OUTBOX_DISPATCH, () -> queue.fanOut(now(), FAN_OUT_BATCH));
        } while (fanned == FAN_OUT_BATCH);
        int delivered = 0;
        for (int claims = 0; claims < CLAIMS_PER_RUN; claims++) {
            int sent = unitOfWork.inSystem(
                    SystemOperation.OUTBOX_DISPATCH,
                    () -> queue.claimDue(now()).map(this::sendInOrder).orElse(-1));
            if (sent < 0) {
                break;
            }
            delivered += sent;
        }
        return delivered;
    }

    private int sendInOrder(DueEndpoint endpoint) {
        int delivered = 0;
        Optional<Instant> failingSince = endpoint.failingSince();
        for (OutgoingMessage message : queue.pending(endpoint.id(), SENDS_PER_CLAIM)) {
            Instant at = now();
            byte[] body = WebhookPayload.render(message, baseUrl);
            DeliveryAttempt attempt = sender.send(endpoint.url(), headers(endpoint, message, body, at), body, at);
            if (attempt.succeeded()) {
                queue.delivered(message, attempt);
                if (failingSince.isPresent()) {
                    queue.failingSince(endpoint.id(), Optional.empty());
                    failingSince = Optional.empty();
                }
                delivered++;
                continue;
            }
            if (failingSince.isEmpty()) {
                queue.failingSince(endpoint.id(), Optional.of(at));
            }
            Optional<Instant> retryAt = schedule.next(message.failures() + 1, failingSince.orElse(at), at, random);
            queue.failed(message, attempt, retryAt.orElse(at));
            if (retryAt.isEmpty()) {
                disable(endpoint, at);
            }
            break;
        }
        return delivered;
    }

    private void disable(DueEndpoint endpoint, Instant at) {
        queue.disable(endpoint.id(), at);
        audit.append(new AuditEntry(
                endpoint.owner(),
                Actor.system(SystemOperation.OUTBOX_DISPATCH),
                "webhook.disabled",
                "webhook",
                endpoint.id().toString(),
                "webhook-dispatch",
                at));
    }

    private Map<String, String> headers(DueEndpoint endpoint, OutgoingMessage message, byte[] body, Instant at) {
        return SignedMessage.headers(
                signer, endpoint.secrets(), message.eventId().toString(), at, body);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

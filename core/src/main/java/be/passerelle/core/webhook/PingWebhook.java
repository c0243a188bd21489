package be.passerelle.core.webhook;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.audit.AuditEntry;
import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.NotFound;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Sends an endpoint a {@code webhook.ping} now, so that its owner can check the URL, the receiver
 * and its signature verification while setting it up. The ping is signed like every event (both
 * secrets during a rotation's grace period), goes out through the same sender under the same egress
 * policy, and is sent once, at once, even to a disabled endpoint: it is not queued, not retried, not
 * listed among the deliveries and changes nothing of the endpoint's state. The answer says what the
 * endpoint did.
 */
public final class PingWebhook {
    public static final String EVENT_TYPE = "webhook.ping";

    private final UnitOfWork unitOfWork;
    private final WebhookEndpoints endpoints;
    private final WebhookSender sender;
    private final WebhookSigner signer;
    private final AuditTrail audit;
    private final String baseUrl;
    private final Clock clock;

    public PingWebhook(
            UnitOfWork unitOfWork,
            WebhookEndpoints endpoints,
            WebhookSender sender,
            WebhookSigner signer,
            AuditTrail audit,
            String baseUrl,
            Clock clock) {
        this.unitOfWork = unitOfWork;
        this.endpoints = endpoints;
        this.sender = sender;
        this.signer = signer;
        this.audit = audit;
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    /** The ping that was sent, its exact body, and how the endpoint answered. */
    public record Ping(OutgoingMessage event, byte[] body, DeliveryAttempt attempt) {}

    public Ping ping(CallContext context, UUID id) {
        Optional<TenantId> owner = ManageWebhooks.ownerOf(context.caller());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        record Target(WebhookEndpoint endpoint, SigningSecrets secrets) {}
        Target target = as(owner, () -> {
            WebhookEndpoint endpoint = endpoints.find(owner, id).orElseThrow(() -> new NotFound("webhook"));
            SigningSecrets secrets = endpoints.signingSecrets(owner, id).orElseThrow(() -> new NotFound("webhook"));
            audit.append(new AuditEntry(
                    owner,
                    Actor.of(context.caller()),
                    "webhook.pinged",
                    "webhook",
                    id.toString(),
                    context.requestId(),
                    now));
            return new Target(endpoint, secrets);
        });
        UUID pingId = UUID.randomUUID();
        OutgoingMessage event = new OutgoingMessage(
                pingId,
                0,
                pingId,
                EVENT_TYPE,
                now,
                context.caller().tenant().map(t -> t.slug().value()),
                "webhook",
                id.toString(),
                Optional.empty(),
                "/api/v1/webhooks/" + id);
        byte[] body = WebhookPayload.render(event, baseUrl);
        // sent outside any transaction: the endpoint may take seconds to answer
        DeliveryAttempt attempt = sender.send(
                target.endpoint().url(),
                SignedMessage.headers(signer, target.secrets(), pingId.toString(), now, body),
                body,
                now);
        return new Ping(event, body, attempt);
    }

    private <T> T as(Optional<TenantId> owner, Supplier<T> work) {
        return owner.isPresent() ? unitOfWork.inTenant(owner.get(), work) : unitOfWork.inShared(work);
    }
}

package be.passerelle.core.webhook;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.audit.AuditEntry;
import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.shared.AccessDenied;
import be.passerelle.core.shared.BusinessRuleViolation;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.Caller;
import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.NotFound;
import be.passerelle.core.shared.Page;
import be.passerelle.core.shared.PageRequest;
import be.passerelle.core.shared.Role;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.UnitOfWork;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Webhook subscriptions (SPEC §4.5): a tenant's admin manages its tenant's endpoints; a network
 * administrator manages the network's own, for {@code directory.updated} and {@code
 * statistics.published} only. Each sees only its own; another owner's endpoint is a 404.
 */
public final class ManageWebhooks {
    public static final int MAX_ENDPOINTS = 10;

    private final UnitOfWork unitOfWork;
    private final WebhookEndpoints endpoints;
    private final EgressPolicy egress;
    private final HostResolver resolver;
    private final AuditTrail audit;
    private final Duration secretGracePeriod;
    private final Clock clock;
    private final RandomGenerator random;

    /**
     * @param secretGracePeriod how long a rotated-out signing secret keeps signing alongside the new one
     */
    public ManageWebhooks(
            UnitOfWork unitOfWork,
            WebhookEndpoints endpoints,
            EgressPolicy egress,
            HostResolver resolver,
            AuditTrail audit,
            Duration secretGracePeriod,
            Clock clock,
            RandomGenerator random) {
        if (secretGracePeriod.isNegative()) {
            throw new IllegalArgumentException("the secret grace period is not negative");
        }
        this.secretGracePeriod = secretGracePeriod;
        this.unitOfWork = unitOfWork;
        this.endpoints = endpoints;
        this.egress = egress;
        this.resolver = resolver;
        this.audit = audit;
        this.clock = clock;
        this.random = random;
    }

    public RegisteredWebhook register(CallContext context, String url, List<String> eventTypes) {
        Optional<TenantId> owner = ownerOf(context.caller());
        Set<WebhookEventType> events = eventTypes(eventTypes, owner);
        URI uri = egress.parse(url);
        if (!egress.allowsAll(resolver.resolveAll(uri.getHost()))) {
            throw new BusinessRuleViolation("url", "url: the host does not resolve to a public address");
        }
        WebhookSecret secret = WebhookSecret.generate(random);
        Instant now = now();
        WebhookEndpoint endpoint = new WebhookEndpoint(
                UUID.randomUUID(), owner, uri, events, true, Optional.empty(), Optional.empty(), now);
        return as(owner, () -> {
            if (endpoints.count(owner) >= MAX_ENDPOINTS) {
                throw new BusinessRuleViolation("at most " + MAX_ENDPOINTS + " webhooks per owner");
            }
            endpoints.add(endpoint, secret, context.caller().username());
            record(context, owner, "webhook.created", endpoint.id(), now);
            return new RegisteredWebhook(endpoint, secret);
        });
    }

    public List<WebhookEndpoint> list(CallContext context) {
        Optional<TenantId> owner = ownerOf(context.caller());
        return as(owner, () -> endpoints.list(owner));
    }

    public WebhookEndpoint get(CallContext context, UUID id) {
        Optional<TenantId> owner = ownerOf(context.caller());
        return as(owner, () -> find(owner, id));
    }

    public void delete(CallContext context, UUID id) {
        Optional<TenantId> owner = ownerOf(context.caller());
        as(owner, () -> {
            if (!endpoints.delete(owner, id)) {
                throw new NotFound("webhook");
            }
            record(context, owner, "webhook.deleted", id, now());
            return id;
        });
    }

    /** Resumes a disabled endpoint: its queued deliveries go out in order, starting now. */
    public WebhookEndpoint enable(CallContext context, UUID id) {
        Optional<TenantId> owner = ownerOf(context.caller());
        return as(owner, () -> {
            find(owner, id);
            Instant now = now();
            endpoints.enable(owner, id, now);
            record(context, owner, "webhook.enabled", id, now);
            return find(owner, id);
        });
    }

    public Page<WebhookDelivery> deliveries(CallContext context, UUID id, PageRequest page) {
        Optional<TenantId> owner = ownerOf(context.caller());
        return as(owner, () -> {
            find(owner, id);
            return endpoints.deliveries(owner, id, page);
        });
    }

    public WebhookDelivery redeliver(CallContext context, UUID id, UUID deliveryId) {
        Optional<TenantId> owner = ownerOf(context.caller());
        return as(owner, () -> {
            find(owner, id);
            Instant now = now();
            WebhookDelivery delivery =
                    endpoints.redeliver(owner, id, deliveryId, now).orElseThrow(() -> new NotFound("delivery"));
            record(context, owner, "webhook.redelivery_requested", id, now);
            return delivery;
        });
    }

    /**
     * Gives the endpoint a new signing secret, shown this once. Until the grace period ends, every
     * message is signed with both the new and the old secret (one {@code v1,…} signature each in
     * {@code webhook-signature}); then with the new one only. Rotating again within the grace period
     * drops the oldest secret at once: only the one being replaced keeps signing.
     */
    public RotatedSecret rotateSecret(CallContext context, UUID id) {
        Optional<TenantId> owner = ownerOf(context.caller());
        WebhookSecret next = WebhookSecret.generate(random);
        return as(owner, () -> {
            Instant now = now();
            Instant previousUntil = now.plus(secretGracePeriod);
            if (!endpoints.rotateSecret(owner, id, next, previousUntil)) {
                throw new NotFound("webhook");
            }
            record(context, owner, "webhook.secret_rotated", id, now);
            return new RotatedSecret(id, next, previousUntil);
        });
    }

    private WebhookEndpoint find(Optional<TenantId> owner, UUID id) {
        return endpoints.find(owner, id).orElseThrow(() -> new NotFound("webhook"));
    }

    /** The tenant's admin acts for its tenant, a network administrator for the network (no tenant). */
    static Optional<TenantId> ownerOf(Caller caller) {
        if (caller.has(Role.TENANT_ADMIN) && caller.tenant().isPresent()) {
            return Optional.of(caller.tenantId());
        }
        if (caller.has(Role.NETWORK_ADMIN)) {
            return Optional.empty();
        }
        throw new AccessDenied("webhooks are managed by a tenant admin or a network admin");
    }

    private static Set<WebhookEventType> eventTypes(List<String> names, Optional<TenantId> owner) {
        if (names == null || names.isEmpty()) {
            throw new InvalidInput("events: at least one event type");
        }
        Set<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            WebhookEventType.of(name).ifPresentOrElse(types::add, () -> unknown.add(String.valueOf(name)));
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInput("events: unknown event types " + unknown);
        }
        if (owner.isEmpty() && types.stream().anyMatch(t -> !t.networkWide())) {
            throw new BusinessRuleViolation(
                    "events: network-wide webhooks receive directory.updated and statistics.published only");
        }
        return types;
    }

    private <T> T as(Optional<TenantId> owner, Supplier<T> work) {
        return owner.isPresent() ? unitOfWork.inTenant(owner.get(), work) : unitOfWork.inShared(work);
    }

    private void record(CallContext context, Optional<TenantId> owner, String action, UUID id, Instant at) {
        audit.append(new AuditEntry(
                owner, Actor.of(context.caller()), action, "webhook", id.toString(), context.requestId(), at));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

package be.passerelle.persistence.webhook;

import static be.passerelle.persistence.jooq.Tables.WEBHOOK_ATTEMPTS;
import static be.passerelle.persistence.jooq.Tables.WEBHOOK_DELIVERIES;
import static be.passerelle.persistence.jooq.Tables.WEBHOOK_ENDPOINTS;
import static be.passerelle.persistence.webhook.WebhookRows.utc;

import be.passerelle.core.privacy.PersonalDataCipher;
import be.passerelle.core.privacy.Sealed;
import be.passerelle.core.shared.Page;
import be.passerelle.core.shared.PageRequest;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.webhook.DeliveryAttempt;
import be.passerelle.core.webhook.SigningSecrets;
import be.passerelle.core.webhook.WebhookDelivery;
import be.passerelle.core.webhook.WebhookEndpoint;
import be.passerelle.core.webhook.WebhookEventType;
import be.passerelle.core.webhook.WebhookSecret;
import be.passerelle.persistence.Database;
import be.passerelle.persistence.Tenancy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Webhook endpoints and their deliveries as their owner sees them: the owner predicate here, row
 * level security beneath it. The delivery listing shows status and timing, never bodies (none are
 * stored: the dispatcher renders them from the thin outbox event).
 */
final class JooqWebhookEndpoints implements be.passerelle.core.webhook.WebhookEndpoints {
    private static final String PENDING = "PENDING";
    private static final String DELIVERED = "DELIVERED";

    private final Database database;
    private final PersonalDataCipher cipher;

    JooqWebhookEndpoints(Database database, PersonalDataCipher cipher) {
        this.database = database;
        this.cipher = cipher;
    }

    @Override
    public void add(WebhookEndpoint endpoint, WebhookSecret secret, String createdBy) {
        Sealed sealed = WebhookRows.sealSecret(cipher, endpoint.id(), secret);
        database.dsl()
                .insertInto(WEBHOOK_ENDPOINTS)
                .set(WEBHOOK_ENDPOINTS.ID, endpoint.id())
                .set(
                        WEBHOOK_ENDPOINTS.TENANT_ID,
                        endpoint.owner().map(TenantId::value).orElse(null))
                .set(WEBHOOK_ENDPOINTS.URL, endpoint.url().toString())
                .set(
                        WEBHOOK_ENDPOINTS.EVENT_TYPES,
                        endpoint.events().stream()
                                .map(WebhookEventType::wireName)
                                .sorted()
                                .toArray(String[]::new))
                .set(WEBHOOK_ENDPOINTS.SECRET_KEY_ID, sealed.keyId())
                .set(WEBHOOK_ENDPOINTS.SECRET_CIPHERTEXT, sealed.ciphertext())
                .set(WEBHOOK_ENDPOINTS.ENABLED, endpoint.enabled())
                .set(WEBHOOK_ENDPOINTS.CREATED_BY, createdBy)
                .set(WEBHOOK_ENDPOINTS.CREATED_AT, utc(endpoint.createdAt()))
                .execute();
    }

    @Override
    public int count(Optional<TenantId> owner) {
        return database.dsl().fetchCount(WEBHOOK_ENDPOINTS, owned(owner));
    }

    @Override
    public List<WebhookEndpoint> list(Optional<TenantId> owner) {
        return database.dsl()
                .selectFrom(WEBHOOK_ENDPOINTS)
                .where(owned(owner))
                .orderBy(WEBHOOK_ENDPOINTS.CREATED_AT, WEBHOOK_ENDPOINTS.ID)
                .fetch(WebhookRows::endpoint);
    }

    @Override
    public Optional<WebhookEndpoint> find(Optional<TenantId> owner, UUID id) {
        return database.dsl()
                .selectFrom(WEBHOOK_ENDPOINTS)
                .where(owned(owner).and(WEBHOOK_ENDPOINTS.ID.eq(id)))
                .fetchOptional(WebhookRows::endpoint);
    }

    @Override
    public boolean delete(Optional<TenantId> owner, UUID id) {
        return database.dsl()
                        .deleteFrom(WEBHOOK_ENDPOINTS)
                        .where(owned(owner).and(WEBHOOK_ENDPOINTS.ID.eq(id)))
                        .execute()
                > 0;
    }

    @Override
    public Optional<SigningSecrets> signingSecrets(Optional<TenantId> owner, UUID id) {
        return database.dsl()
                .selectFrom(WEBHOOK_ENDPOINTS)
                .where(owned(owner).and(WEBHOOK_ENDPOINTS.ID.eq(id)))
                .fetchOptional(r -> WebhookRows.openSecrets(cipher, r));
    }

    @Override
    public boolean rotateSecret(Optional<TenantId> owner, UUID id, WebhookSecret next, Instant previousUntil) {
        Optional<WebhookSecret> current = database.dsl()
                .selectFrom(WEBHOOK_ENDPOINTS)
                .where(owned(owner).and(WEBHOOK_ENDPOINTS.ID.eq(id)))
                .forUpdate()
                .fetchOptional(r -> WebhookRows.openSecret(cipher, r));
        if (current.isEmpty()) {
            return false;
        }
        Sealed previous = WebhookRows.sealPreviousSecret(cipher, id, current.get());
        Sealed sealed = WebhookRows.sealSecret(cipher, id, next);
        return database.dsl()
                        .update(WEBHOOK_ENDPOINTS)
                        .set(WEBHOOK_ENDPOINTS.SECRET_KEY_ID, sealed.keyId())
                        .set(WEBHOOK_ENDPOINTS.SECRET_CIPHERTEXT, sealed.ciphertext())
                        .set(WEBHOOK_ENDPOINTS.PREVIOUS_SECRET_KEY_ID, previous.keyId())
                        .set(WEBHOOK_ENDPOINTS.PREVIOUS_SECRET_CIPHERTEXT, previous.ciphertext())
                        .set(WEBHOOK_ENDPOINTS.PREVIOUS_SECRET_UNTIL, utc(previousUntil))
                        .where(owned(owner).and(WEBHOOK_ENDPOINTS.ID.eq(id)))
                        .execute()
                > 0;
    }

    @Override
    public void enable(Optional<TenantId> owner, UUID id, Instant now) {
        database.dsl()
                .update(WEBHOOK_ENDPOINTS)
                .set(WEBHOOK_ENDPOINTS.ENABLED, true)
                .setNull(WEBHOOK_ENDPOINTS.DISABLED_AT)
                .setNull(WEBHOOK_ENDPOINTS.FAILING_SINCE)
                .where(owned(owner).and(WEBHOOK_ENDPOINTS.ID.eq(id)))
                .execute();
        database.dsl()
                .update(WEBHOOK_DELIVERIES)
                .set(WEBHOOK_DELIVERIES.NEXT_ATTEMPT_AT, utc(now))
                .where(Tenancy.ownedBy(WEBHOOK_DELIVERIES.TENANT_ID, owner))
                .and(WEBHOOK_DELIVERIES.ENDPOINT_ID.eq(id))
                .and(WEBHOOK_DELIVERIES.STATUS.eq(PENDING))
                .and(WEBHOOK_DELIVERIES.NEXT_ATTEMPT_AT.gt(utc(now)))
                .execute();
    }

    @Override
    public Page<WebhookDelivery> deliveries(Optional<TenantId> owner, UUID endpointId, PageRequest page) {
        Condition after = page.after().map(WEBHOOK_DELIVERIES.SEQ::lt).orElse(DSL.noCondition());
        List<Record> rows = database.dsl()
                .select(WEBHOOK_DELIVERIES.fields())
                .from(WEBHOOK_DELIVERIES)
                .where(Tenancy.ownedBy(WEBHOOK_DELIVERIES.TENANT_ID, owner))
                .and(WEBHOOK_DELIVERIES.ENDPOINT_ID.eq(endpointId))
                .and(after)
                .orderBy(WEBHOOK_DELIVERIES.SEQ.desc())
                .limit(page.limit() + 1)
                .fetch();
        List<Record> items = rows.subList(0, Math.min(rows.size(), page.limit()));
        Map<UUID, List<DeliveryAttempt>> attempts = attempts(
                owner, items.stream().map(r -> r.get(WEBHOOK_DELIVERIES.ID)).toList());
        List<WebhookDelivery> deliveries = items.stream()
                .map(r -> delivery(r, attempts.getOrDefault(r.get(WEBHOOK_DELIVERIES.ID), List.of())))
                .toList();
        Optional<Long> next = rows.size() > page.limit()
                ? Optional.of(deliveries.get(deliveries.size() - 1).position())
                : Optional.empty();
        return new Page<>(deliveries, next);
    }

    @Override
    public Optional<WebhookDelivery> redeliver(
            Optional<TenantId> owner, UUID endpointId, UUID deliveryId, Instant now) {
        Optional<Record> found = deliveryRow(owner, endpointId, deliveryId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        UUID carrier = deliveryId;
        if (PENDING.equals(found.get().get(WEBHOOK_DELIVERIES.STATUS))) {
            database.dsl()
                    .update(WEBHOOK_DELIVERIES)
                    .set(WEBHOOK_DELIVERIES.NEXT_ATTEMPT_AT, utc(now))
                    .where(Tenancy.ownedBy(WEBHOOK_DELIVERIES.TENANT_ID, owner))
                    .and(WEBHOOK_DELIVERIES.ID.eq(deliveryId))
                    .execute();
        } else {
            carrier = UUID.randomUUID();
            database.dsl()
                    .insertInto(WEBHOOK_DELIVERIES)
                    .set(WEBHOOK_DELIVERIES.ID, carrier)
                    .set(WEBHOOK_DELIVERIES.ENDPOINT_ID, endpointId)
                    .set(
                            WEBHOOK_DELIVERIES.TENANT_ID,
                            owner.map(TenantId::value).orElse(null))
                    .set(WEBHOOK_DELIVERIES.EVENT_ID, found.get().get(WEBHOOK_DELIVERIES.EVENT_ID))
                    .set(WEBHOOK_DELIVERIES.EVENT_TYPE, found.get().get(WEBHOOK_DELIVERIES.EVENT_TYPE))
                    .set(WEBHOOK_DELIVERIES.STATUS, PENDING)
                    .set(WEBHOOK_DELIVERIES.NEXT_ATTEMPT_AT, utc(now))
                    .set(WEBHOOK_DELIVERIES.CREATED_AT, utc(now))
                    .execute();
        }
        UUID id = carrier;
        return deliveryRow(owner, endpointId, id)
                .map(r -> delivery(r, attempts(owner, List.of(id)).getOrDefault(id, List.of())));
    }

    private Optional<Record> deliveryRow(Optional<TenantId> owner, UUID endpointId, UUID deliveryId) {
        return database.dsl()
                .select(WEBHOOK_DELIVERIES.fields())
                .from(WEBHOOK_DELIVERIES)
                .where(Tenancy.ownedBy(WEBHOOK_DELIVERIES.TENANT_ID, owner))
                .and(WEBHOOK_DELIVERIES.ENDPOINT_ID.eq(endpointId))
                .and(WEBHOOK_DELIVERIES.ID.eq(deliveryId))
                .fetchOptional();
    }

    private Map<UUID, List<DeliveryAttempt>> attempts(Optional<TenantId> owner, List<UUID> deliveries) {
        if (deliveries.isEmpty()) {
            return Map.of();
        }
        return database
                .dsl()
                .selectFrom(WEBHOOK_ATTEMPTS)
                .where(Tenancy.ownedBy(WEBHOOK_ATTEMPTS.TENANT_ID, owner))
                .and(WEBHOOK_ATTEMPTS.DELIVERY_ID.in(deliveries))
                .orderBy(WEBHOOK_ATTEMPTS.ID)
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(
                        r -> r.get(WEBHOOK_ATTEMPTS.DELIVERY_ID),
                        Collectors.mapping(WebhookRows::attempt, Collectors.toList())));
    }

    private static WebhookDelivery delivery(Record r, List<DeliveryAttempt> attempts) {
        boolean delivered = DELIVERED.equals(r.get(WEBHOOK_DELIVERIES.STATUS));
        return new WebhookDelivery(
                r.get(WEBHOOK_DELIVERIES.ID),
                r.get(WEBHOOK_DELIVERIES.SEQ),
                r.get(WEBHOOK_DELIVERIES.EVENT_ID),
                r.get(WEBHOOK_DELIVERIES.EVENT_TYPE),
                delivered,
                r.get(WEBHOOK_DELIVERIES.CREATED_AT).toInstant(),
                delivered ? Optional.empty() : WebhookRows.instant(r.get(WEBHOOK_DELIVERIES.NEXT_ATTEMPT_AT)),
                WebhookRows.instant(r.get(WEBHOOK_DELIVERIES.DELIVERED_AT)),
                attempts);
    }

    private static Condition owned(Optional<TenantId> owner) {
        return Tenancy.ownedBy(WEBHOOK_ENDPOINTS.TENANT_ID, owner);
    }
}

package be.passerelle.persistence.webhook;

import static be.passerelle.persistence.jooq.Tables.OUTBOX_EVENTS;
import static be.passerelle.persistence.jooq.Tables.TENANTS;
import static be.passerelle.persistence.jooq.Tables.WEBHOOK_ATTEMPTS;
import static be.passerelle.persistence.jooq.Tables.WEBHOOK_DELIVERIES;
import static be.passerelle.persistence.jooq.Tables.WEBHOOK_ENDPOINTS;
import static be.passerelle.persistence.webhook.WebhookRows.utc;

import be.passerelle.core.privacy.PersonalDataCipher;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.webhook.DeliveryAttempt;
import be.passerelle.core.webhook.DueEndpoint;
import be.passerelle.core.webhook.OutgoingMessage;
import be.passerelle.core.webhook.WebhookEventType;
import be.passerelle.core.webhook.WebhookQueue;
import be.passerelle.persistence.Database;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The dispatcher's side of the outbox, through the system role. Fan-out claims outbox rows with
 * {@code FOR UPDATE SKIP LOCKED}; an endpoint is claimed the same way, and its row stays locked
 * for the rest of the unit of work, while its deliveries are sent.
 */
final class JooqWebhookQueue implements WebhookQueue {
    private static final String PENDING = "PENDING";
    private static final String[] NETWORK_TYPES = Arrays.stream(WebhookEventType.values())
            .filter(WebhookEventType::networkWide)
            .map(WebhookEventType::wireName)
            .toArray(String[]::new);

    private final Database database;
    private final PersonalDataCipher cipher;

    JooqWebhookQueue(Database database, PersonalDataCipher cipher) {
        this.database = database;
        this.cipher = cipher;
    }

    @Override
    public int fanOut(Instant now, int limit) {
        // An endpoint gets the events of its owner (causing tenant or a party named as recipient)
        // that happened after it was registered; the network's endpoints get network-wide types.
        return dsl().execute("""
                        with events as (
                            select id, seq, tenant_id, recipients, type, occurred_at
                            from outbox_events
                            where fanned_out_at is null
                            order by seq
                            limit {1}
                            for update skip locked
                        ), fanned as (
                            insert into webhook_deliveries
                                (id, endpoint_id, tenant_id, event_id, event_type, status, next_attempt_at, created_at)
                            select gen_random_uuid(), w.id, w.tenant_id, e.id, e.type, 'PENDING', {0}, {0}
                            from events e
                            join webhook_endpoints w
                              on e.type = any (w.event_types)
                             and w.created_at <= e.occurred_at
                             and (w.tenant_id = e.tenant_id
                                  or w.tenant_id = any (e.recipients)
                                  or (w.tenant_id is null and e.type = any ({2})))
                            order by e.seq, w.id
                        )
                        update outbox_events o set fanned_out_at = {0} from events e where o.id = e.id
                        """, DSL.val(utc(now)), DSL.val(limit), DSL.val(NETWORK_TYPES));
    }

    @Override
    public Optional<DueEndpoint> claimDue(Instant now) {
        Field<java.time.OffsetDateTime> headDue = DSL.field(DSL.select(WEBHOOK_DELIVERIES.NEXT_ATTEMPT_AT)
                .from(WEBHOOK_DELIVERIES)
                .where(WEBHOOK_DELIVERIES.ENDPOINT_ID.eq(WEBHOOK_ENDPOINTS.ID))
                .and(WEBHOOK_DELIVERIES.STATUS.eq(PENDING))
                .orderBy(WEBHOOK_DELIVERIES.SEQ)
                .limit(1));
        return dsl().selectFrom(WEBHOOK_ENDPOINTS)
                .where(WEBHOOK_ENDPOINTS.ENABLED)
                .and(headDue.le(utc(now)))
                .limit(1)
                .forUpdate()
                .skipLocked()
                .fetchOptional(r -> new DueEndpoint(
                        r.getId(),
                        Optional.ofNullable(r.getTenantId()).map(TenantId::new),
                        URI.create(r.getUrl()),
                        WebhookRows.openSecrets(cipher, r),
                        WebhookRows.instant(r.getFailingSince())));
    }

    @Override
    public List<OutgoingMessage> pending(UUID endpointId, int limit) {
        return dsl().select(
                        WEBHOOK_DELIVERIES.ID,
                        WEBHOOK_DELIVERIES.ATTEMPTS,
                        OUTBOX_EVENTS.ID,
                        OUTBOX_EVENTS.TYPE,
                        OUTBOX_EVENTS.OCCURRED_AT,
                        TENANTS.SLUG,
                        OUTBOX_EVENTS.RESOURCE_TYPE,
                        OUTBOX_EVENTS.RESOURCE_ID,
                        OUTBOX_EVENTS.STATE,
                        OUTBOX_EVENTS.LINK)
                .from(WEBHOOK_DELIVERIES)
                .join(OUTBOX_EVENTS)
                .on(OUTBOX_EVENTS.ID.eq(WEBHOOK_DELIVERIES.EVENT_ID))
                .leftJoin(TENANTS)
                .on(TENANTS.ID.eq(OUTBOX_EVENTS.TENANT_ID))
                .where(WEBHOOK_DELIVERIES.ENDPOINT_ID.eq(endpointId))
                .and(WEBHOOK_DELIVERIES.STATUS.eq(PENDING))
                .orderBy(WEBHOOK_DELIVERIES.SEQ)
                .limit(limit)
                .fetch(r -> new OutgoingMessage(
                        r.get(WEBHOOK_DELIVERIES.ID),
                        r.get(WEBHOOK_DELIVERIES.ATTEMPTS),
                        r.get(OUTBOX_EVENTS.ID),
                        r.get(OUTBOX_EVENTS.TYPE),
                        r.get(OUTBOX_EVENTS.OCCURRED_AT).toInstant(),
                        Optional.ofNullable(r.get(TENANTS.SLUG)),
                        r.get(OUTBOX_EVENTS.RESOURCE_TYPE),
                        r.get(OUTBOX_EVENTS.RESOURCE_ID),
                        Optional.ofNullable(r.get(OUTBOX_EVENTS.STATE)),
                        r.get(OUTBOX_EVENTS.LINK)));
    }

    @Override
    public void delivered(OutgoingMessage message, DeliveryAttempt attempt) {
        record(message, attempt);
        dsl().update(WEBHOOK_DELIVERIES)
                .set(WEBHOOK_DELIVERIES.STATUS, "DELIVERED")
                .set(WEBHOOK_DELIVERIES.DELIVERED_AT, utc(attempt.attemptedAt()))
                .where(WEBHOOK_DELIVERIES.ID.eq(message.deliveryId()))
                .execute();
    }

    @Override
    public void failed(OutgoingMessage message, DeliveryAttempt attempt, Instant retryAt) {
        record(message, attempt);
        dsl().update(WEBHOOK_DELIVERIES)
                .set(WEBHOOK_DELIVERIES.ATTEMPTS, WEBHOOK_DELIVERIES.ATTEMPTS.plus(1))
                .set(WEBHOOK_DELIVERIES.NEXT_ATTEMPT_AT, utc(retryAt))
                .where(WEBHOOK_DELIVERIES.ID.eq(message.deliveryId()))
                .execute();
    }

    @Override
    public void failingSince(UUID endpointId, Optional<Instant> since) {
        dsl().update(WEBHOOK_ENDPOINTS)
                .set(
                        WEBHOOK_ENDPOINTS.FAILING_SINCE,
                        since.map(WebhookRows::utc).orElse(null))
                .where(WEBHOOK_ENDPOINTS.ID.eq(endpointId))
                .execute();
    }

    @Override
    public void disable(UUID endpointId, Instant at) {
        dsl().update(WEBHOOK_ENDPOINTS)
                .set(WEBHOOK_ENDPOINTS.ENABLED, false)
                .set(WEBHOOK_ENDPOINTS.DISABLED_AT, utc(at))
                .where(WEBHOOK_ENDPOINTS.ID.eq(endpointId))
                .execute();
    }

    private void record(OutgoingMessage message, DeliveryAttempt attempt) {
        dsl().insertInto(
                        WEBHOOK_ATTEMPTS,
                        WEBHOOK_ATTEMPTS.DELIVERY_ID,
                        WEBHOOK_ATTEMPTS.TENANT_ID,
                        WEBHOOK_ATTEMPTS.ATTEMPTED_AT,
                        WEBHOOK_ATTEMPTS.DURATION_MS,
                        WEBHOOK_ATTEMPTS.STATUS_CODE,
                        WEBHOOK_ATTEMPTS.ERROR,
                        WEBHOOK_ATTEMPTS.SUCCEEDED)
                .select(DSL.select(
                                WEBHOOK_DELIVERIES.ID,
                                WEBHOOK_DELIVERIES.TENANT_ID,
                                DSL.val(utc(attempt.attemptedAt())),
                                DSL.val((int) Math.min(
                                        Integer.MAX_VALUE, attempt.duration().toMillis())),
                                DSL.val(
                                        attempt.statusCode().isPresent()
                                                ? attempt.statusCode().getAsInt()
                                                : null,
                                        Integer.class),
                                DSL.val(attempt.error().orElse(null), String.class),
                                DSL.val(attempt.succeeded()))
                        .from(WEBHOOK_DELIVERIES)
                        .where(WEBHOOK_DELIVERIES.ID.eq(message.deliveryId())))
                .execute();
    }

    private DSLContext dsl() {
        if (!database.inSystemOperation()) {
            throw new IllegalStateException("the webhook queue is read only by the dispatcher's system operation");
        }
        return database.dsl();
    }
}

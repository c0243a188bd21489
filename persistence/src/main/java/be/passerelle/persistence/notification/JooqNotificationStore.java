package be.passerelle.persistence.notification;

import static be.passerelle.persistence.jooq.Tables.DIRECTORY_ENTRIES;
import static be.passerelle.persistence.jooq.Tables.DIRECTORY_SECTORS;
import static be.passerelle.persistence.jooq.Tables.NOTIFICATION_CURSOR;
import static be.passerelle.persistence.jooq.Tables.NOTIFICATION_DELIVERIES;
import static be.passerelle.persistence.jooq.Tables.NOTIFICATION_EVENTS;
import static be.passerelle.persistence.jooq.Tables.NOTIFICATION_MAILS;
import static be.passerelle.persistence.jooq.Tables.NOTIFICATION_PREFERENCES;
import static be.passerelle.persistence.jooq.Tables.OUTBOX_EVENTS;
import static be.passerelle.persistence.jooq.Tables.REFERRALS;
import static be.passerelle.persistence.jooq.Tables.REFERRAL_ASSIGNMENTS;
import static be.passerelle.persistence.jooq.Tables.REFERRAL_EVENTS;
import static be.passerelle.persistence.jooq.Tables.TENANTS;
import static be.passerelle.persistence.jooq.Tables.TENANT_NOTIFICATION_SETTINGS;

import be.passerelle.core.notification.Institution;
import be.passerelle.core.notification.NotificationDelivery;
import be.passerelle.core.notification.NotificationEvent;
import be.passerelle.core.notification.NotificationEvents;
import be.passerelle.core.notification.NotificationKind;
import be.passerelle.core.notification.NotificationStore;
import be.passerelle.core.notification.QueuedMail;
import be.passerelle.core.notification.ReferralFacts;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.persistence.Database;
import be.passerelle.persistence.Json;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;

/**
 * The mail worker's side of the outbox and its own tables, through the system role only (the
 * notification tables have no application-role policy).
 */
final class JooqNotificationStore implements NotificationStore {
    private static final String PENDING = "PENDING";
    private static final String DIGEST = "DAILY_DIGEST";
    private static final String[] TYPES = NotificationEvents.TYPES.toArray(String[]::new);
    private static final java.time.Duration SETTLING = java.time.Duration.ofMinutes(10);

    private final Database database;

    JooqNotificationStore(Database database) {
        this.database = database;
    }

    @Override
    public List<NotificationEvent> claimEvents(int limit, Instant now) {
        Optional<Long> cursor = dsl().select(NOTIFICATION_CURSOR.LOW)
                .from(NOTIFICATION_CURSOR)
                .forUpdate()
                .skipLocked()
                .fetchOptional(NOTIFICATION_CURSOR.LOW);
        if (cursor.isEmpty()) {
            return List.of(); // another node is expanding
        }
        long low = advance(cursor.get(), now);
        return dsl().select(
                        OUTBOX_EVENTS.ID,
                        OUTBOX_EVENTS.TYPE,
                        OUTBOX_EVENTS.STATE,
                        OUTBOX_EVENTS.TENANT_ID,
                        OUTBOX_EVENTS.RESOURCE_ID,
                        OUTBOX_EVENTS.OCCURRED_AT)
                .from(OUTBOX_EVENTS)
                .where(waiting(low))
                .orderBy(OUTBOX_EVENTS.SEQ)
                .limit(limit)
                .fetch(r -> new NotificationEvent(
                        r.get(OUTBOX_EVENTS.ID),
                        r.get(OUTBOX_EVENTS.TYPE),
                        Optional.ofNullable(r.get(OUTBOX_EVENTS.STATE)),
                        Optional.ofNullable(r.get(OUTBOX_EVENTS.TENANT_ID)).map(TenantId::new),
                        UUID.fromString(r.get(OUTBOX_EVENTS.RESOURCE_ID)),
                        r.get(OUTBOX_EVENTS.OCCURRED_AT).toInstant()));
    }

    /** The referral events above {@code low} not expanded yet. */
    private static Condition waiting(long low) {
        return OUTBOX_EVENTS
                .SEQ
                .gt(low)
                .and(OUTBOX_EVENTS.TYPE.eq(DSL.any(TYPES)))
                .and(OUTBOX_EVENTS.RESOURCE_TYPE.eq("referral"))
                .andNotExists(DSL.selectOne()
                        .from(NOTIFICATION_EVENTS)
                        .where(NOTIFICATION_EVENTS.EVENT_ID.eq(OUTBOX_EVENTS.ID)));
    }

    /**
     * Moves the low mark up to just below the oldest event still waiting, but never past the events of
     * the last {@link #SETTLING} (a transaction that took a lower seq may not have committed yet).
     */
    private long advance(long low, Instant now) {
        Long settled = dsl().select(DSL.max(OUTBOX_EVENTS.SEQ))
                .from(OUTBOX_EVENTS)
                .where(OUTBOX_EVENTS.SEQ.gt(low))
                .and(OUTBOX_EVENTS.OCCURRED_AT.lt(utc(now.minus(SETTLING))))
                .fetchOne(0, Long.class);
        if (settled == null) {
            return low;
        }
        Long firstWaiting = dsl().select(DSL.min(OUTBOX_EVENTS.SEQ))
                .from(OUTBOX_EVENTS)
                .where(waiting(low))
                .fetchOne(0, Long.class);
        long next = firstWaiting == null ? settled : Math.min(settled, firstWaiting - 1);
        if (next > low) {
            dsl().update(NOTIFICATION_CURSOR).set(NOTIFICATION_CURSOR.LOW, next).execute();
            return next;
        }
        return low;
    }

    @Override
    public Optional<ReferralFacts> facts(UUID referral) {
        var forwarded = REFERRALS.as("forwarded");
        var declined = DSL.field(DSL.select(REFERRAL_EVENTS.REASON_CODE)
                .from(REFERRAL_EVENTS)
                .where(REFERRAL_EVENTS.REFERRAL_ID.eq(REFERRALS.ID))
                .and(REFERRAL_EVENTS.TO_STATE.eq("DECLINED"))
                .orderBy(REFERRAL_EVENTS.SEQ.desc())
                .limit(1));
        var sectorLabels = DSL.field(DSL.select(DIRECTORY_SECTORS.LABELS)
                .from(DIRECTORY_SECTORS)
                .where(DIRECTORY_SECTORS.CODE.eq(REFERRALS.SECTOR)));
        return dsl().select(
                        REFERRALS.ID,
                        REFERRALS.PUBLIC_REFERENCE,
                        REFERRALS.SENDER_TENANT_ID,
                        REFERRALS.RECEIVER_TENANT_ID,
                        REFERRALS.SECTOR,
                        sectorLabels,
                        REFERRALS.DUE_AT,
                        REFERRALS.OUTCOME,
                        declined,
                        forwarded.RECEIVER_TENANT_ID)
                .from(REFERRALS)
                .leftJoin(forwarded)
                .on(forwarded.ID.eq(REFERRALS.FORWARDED_TO))
                .where(REFERRALS.ID.eq(referral))
                .fetchOptional(r -> new ReferralFacts(
                        r.get(REFERRALS.ID),
                        r.get(REFERRALS.PUBLIC_REFERENCE),
                        institution(r.get(REFERRALS.SENDER_TENANT_ID)),
                        institution(r.get(REFERRALS.RECEIVER_TENANT_ID)),
                        r.get(REFERRALS.SECTOR),
                        r.get(sectorLabels) == null ? Map.of() : texts(r.get(sectorLabels)),
                        r.get(REFERRALS.DUE_AT).toInstant(),
                        Optional.ofNullable(r.get(REFERRALS.OUTCOME)),
                        Optional.ofNullable(r.get(declined)),
                        Optional.ofNullable(r.get(forwarded.RECEIVER_TENANT_ID)).map(this::institution)));
    }

    private Institution institution(UUID tenant) {
        return dsl().select(TENANTS.SLUG, TENANTS.NAMES, TENANTS.LANGUAGES, DIRECTORY_ENTRIES.LANGUAGES)
                .from(TENANTS)
                .leftJoin(DIRECTORY_ENTRIES)
                .on(DIRECTORY_ENTRIES.TENANT_ID.eq(TENANTS.ID))
                .where(TENANTS.ID.eq(tenant))
                .fetchSingle(r -> new Institution(
                        new TenantId(tenant),
                        new TenantSlug(r.get(TENANTS.SLUG)),
                        texts(r.get(TENANTS.NAMES)),
                        languages(r.get(DIRECTORY_ENTRIES.LANGUAGES), r.get(TENANTS.LANGUAGES))));
    }

    private static List<String> languages(String[] directory, String[] tenant) {
        if (directory != null && directory.length > 0) {
            return Arrays.asList(directory);
        }
        return tenant == null ? List.of() : Arrays.asList(tenant);
    }

    private static Map<String, String> texts(JSONB json) {
        Map<String, String> byCode = new LinkedHashMap<>();
        Json.localized(json).values().forEach((language, text) -> byCode.put(language.code(), text));
        return byCode;
    }

    @Override
    public Optional<String> assignee(UUID referral, TenantId tenant) {
        return dsl().select(REFERRAL_ASSIGNMENTS.ASSIGNEE_ID)
                .from(REFERRAL_ASSIGNMENTS)
                .where(REFERRAL_ASSIGNMENTS.REFERRAL_ID.eq(referral))
                .and(REFERRAL_ASSIGNMENTS.TENANT_ID.eq(tenant.value()))
                .fetchOptional(REFERRAL_ASSIGNMENTS.ASSIGNEE_ID);
    }

    @Override
    public NotificationDelivery preference(String userId, NotificationKind kind) {
        return dsl().select(NOTIFICATION_PREFERENCES.DELIVERY)
                .from(NOTIFICATION_PREFERENCES)
                .where(NOTIFICATION_PREFERENCES.USER_ID.eq(userId))
                .and(NOTIFICATION_PREFERENCES.EVENT_KIND.eq(kind.name()))
                .fetchOptional(NOTIFICATION_PREFERENCES.DELIVERY)
                .map(NotificationDelivery::valueOf)
                .orElse(NotificationDelivery.IMMEDIATELY);
    }

    @Override
    public Optional<String> confirmedIntakeAddress(TenantId tenant) {
        return dsl().select(TENANT_NOTIFICATION_SETTINGS.INTAKE_ADDRESS)
                .from(TENANT_NOTIFICATION_SETTINGS)
                .where(TENANT_NOTIFICATION_SETTINGS.TENANT_ID.eq(tenant.value()))
                .and(TENANT_NOTIFICATION_SETTINGS.INTAKE_ADDRESS_CONFIRMED_AT.isNotNull())
                .and(TENANT_NOTIFICATION_SETTINGS.INTAKE_ADDRESS.isNotNull())
                .fetchOptional(TENANT_NOTIFICATION_SETTINGS.INTAKE_ADDRESS);
    }

    @Override
    public void markNotified(UUID event, Instant at) {
        dsl().insertInto(NOTIFICATION_EVENTS)
                .set(NOTIFICATION_EVENTS.EVENT_ID, event)
                .set(NOTIFICATION_EVENTS.NOTIFIED_AT, utc(at))
                .onConflictDoNothing()
                .execute();
    }

    @Override
    public boolean deliverNow(Delivery delivery, UUID mailId, byte[] message) {
        if (!insertDelivery(delivery, "IMMEDIATELY", null)) {
            return false;
        }
        insertMail(
                mailId, delivery.tenant(), delivery.kind().name(), delivery.language(), null, message, delivery.at());
        dsl().update(NOTIFICATION_DELIVERIES)
                .set(NOTIFICATION_DELIVERIES.MAIL_ID, mailId)
                .where(NOTIFICATION_DELIVERIES.ID.eq(delivery.id()))
                .execute();
        return true;
    }

    @Override
    public boolean deliverInDigest(Delivery delivery) {
        return insertDelivery(delivery, DIGEST, null);
    }

    private boolean insertDelivery(Delivery delivery, String mode, UUID mailId) {
        return dsl().insertInto(NOTIFICATION_DELIVERIES)
                        .set(NOTIFICATION_DELIVERIES.ID, delivery.id())
                        .set(NOTIFICATION_DELIVERIES.EVENT_ID, delivery.event())
                        .set(NOTIFICATION_DELIVERIES.RECIPIENT, delivery.recipient())
                        .set(
                                NOTIFICATION_DELIVERIES.TENANT_ID,
                                delivery.tenant().value())
                        .set(NOTIFICATION_DELIVERIES.REFERRAL_ID, delivery.referral())
                        .set(NOTIFICATION_DELIVERIES.KIND, delivery.kind().name())
                        .set(NOTIFICATION_DELIVERIES.DELIVERY, mode)
                        .set(NOTIFICATION_DELIVERIES.ADDRESS, delivery.address())
                        .set(NOTIFICATION_DELIVERIES.LANGUAGE, delivery.language())
                        .set(NOTIFICATION_DELIVERIES.MAIL_ID, mailId)
                        .set(NOTIFICATION_DELIVERIES.CREATED_AT, utc(delivery.at()))
                        .onConflict(NOTIFICATION_DELIVERIES.EVENT_ID, NOTIFICATION_DELIVERIES.RECIPIENT)
                        .doNothing()
                        .execute()
                == 1;
    }

    private boolean insertMail(
            UUID mailId, TenantId tenant, String kind, String language, String digestKey, byte[] message, Instant at) {
        return dsl().insertInto(NOTIFICATION_MAILS)
                        .set(NOTIFICATION_MAILS.ID, mailId)
                        .set(NOTIFICATION_MAILS.TENANT_ID, tenant.value())
                        .set(NOTIFICATION_MAILS.KIND, kind)
                        .set(NOTIFICATION_MAILS.LANGUAGE, language)
                        .set(NOTIFICATION_MAILS.DIGEST_KEY, digestKey)
                        .set(NOTIFICATION_MAILS.MESSAGE, message)
                        .set(NOTIFICATION_MAILS.STATUS, PENDING)
                        .set(NOTIFICATION_MAILS.NEXT_ATTEMPT_AT, utc(at))
                        .set(NOTIFICATION_MAILS.CREATED_AT, utc(at))
                        .onConflictDoNothing()
                        .execute()
                == 1;
    }

    @Override
    public List<DigestRecipient> digestRecipients(Instant upTo) {
        return dsl().selectDistinct(
                        NOTIFICATION_DELIVERIES.RECIPIENT,
                        NOTIFICATION_DELIVERIES.TENANT_ID,
                        NOTIFICATION_DELIVERIES.ADDRESS,
                        NOTIFICATION_DELIVERIES.LANGUAGE)
                .on(NOTIFICATION_DELIVERIES.RECIPIENT)
                .from(NOTIFICATION_DELIVERIES)
                .where(waitingForDigest(upTo))
                .orderBy(NOTIFICATION_DELIVERIES.RECIPIENT, NOTIFICATION_DELIVERIES.SEQ.desc())
                .fetch(r -> new DigestRecipient(
                        r.get(NOTIFICATION_DELIVERIES.RECIPIENT),
                        new TenantId(r.get(NOTIFICATION_DELIVERIES.TENANT_ID)),
                        r.get(NOTIFICATION_DELIVERIES.ADDRESS),
                        r.get(NOTIFICATION_DELIVERIES.LANGUAGE)));
    }

    private static org.jooq.Condition waitingForDigest(Instant upTo) {
        return NOTIFICATION_DELIVERIES
                .DELIVERY
                .eq(DIGEST)
                .and(NOTIFICATION_DELIVERIES.MAIL_ID.isNull())
                .and(NOTIFICATION_DELIVERIES.CREATED_AT.le(utc(upTo)));
    }

    @Override
    public List<DigestItem> digestItems(String recipient, Instant upTo) {
        return dsl().select(
                        NOTIFICATION_DELIVERIES.ID,
                        NOTIFICATION_DELIVERIES.REFERRAL_ID,
                        REFERRALS.PUBLIC_REFERENCE,
                        NOTIFICATION_DELIVERIES.KIND,
                        NOTIFICATION_DELIVERIES.CREATED_AT)
                .from(NOTIFICATION_DELIVERIES)
                .join(REFERRALS)
                .on(REFERRALS.ID.eq(NOTIFICATION_DELIVERIES.REFERRAL_ID))
                .where(NOTIFICATION_DELIVERIES.RECIPIENT.eq(recipient))
                .and(waitingForDigest(upTo))
                .orderBy(NOTIFICATION_DELIVERIES.SEQ)
                .forUpdate()
                .of(NOTIFICATION_DELIVERIES)
                .skipLocked()
                .fetch(r -> new DigestItem(
                        r.get(NOTIFICATION_DELIVERIES.ID),
                        r.get(NOTIFICATION_DELIVERIES.REFERRAL_ID),
                        r.get(REFERRALS.PUBLIC_REFERENCE),
                        NotificationKind.valueOf(r.get(NOTIFICATION_DELIVERIES.KIND)),
                        r.get(NOTIFICATION_DELIVERIES.CREATED_AT).toInstant()));
    }

    @Override
    public boolean storeDigest(
            String digestKey,
            DigestRecipient recipient,
            List<DigestItem> items,
            UUID mailId,
            byte[] message,
            Instant at) {
        if (!insertMail(mailId, recipient.tenant(), "DIGEST", recipient.language(), digestKey, message, at)) {
            return false;
        }
        dsl().update(NOTIFICATION_DELIVERIES)
                .set(NOTIFICATION_DELIVERIES.MAIL_ID, mailId)
                .where(NOTIFICATION_DELIVERIES.ID.in(
                        items.stream().map(DigestItem::delivery).toList()))
                .execute();
        return true;
    }

    @Override
    public List<QueuedMail> dueMails(Instant now, int limit) {
        return dsl().select(
                        NOTIFICATION_MAILS.ID,
                        NOTIFICATION_MAILS.KIND,
                        NOTIFICATION_MAILS.ATTEMPTS,
                        NOTIFICATION_MAILS.MESSAGE)
                .from(NOTIFICATION_MAILS)
                .where(NOTIFICATION_MAILS.STATUS.eq(PENDING))
                .and(NOTIFICATION_MAILS.NEXT_ATTEMPT_AT.le(utc(now)))
                .orderBy(NOTIFICATION_MAILS.NEXT_ATTEMPT_AT, NOTIFICATION_MAILS.SEQ)
                .limit(limit)
                .forUpdate()
                .skipLocked()
                .fetch(r -> new QueuedMail(
                        r.get(NOTIFICATION_MAILS.ID),
                        r.get(NOTIFICATION_MAILS.KIND),
                        r.get(NOTIFICATION_MAILS.ATTEMPTS),
                        r.get(NOTIFICATION_MAILS.MESSAGE)));
    }

    @Override
    public void sent(UUID mail, Instant at) {
        dsl().update(NOTIFICATION_MAILS)
                .set(NOTIFICATION_MAILS.STATUS, "SENT")
                .set(NOTIFICATION_MAILS.SENT_AT, utc(at))
                .set(NOTIFICATION_MAILS.ATTEMPTS, NOTIFICATION_MAILS.ATTEMPTS.plus(1))
                .where(NOTIFICATION_MAILS.ID.eq(mail))
                .execute();
    }

    @Override
    public void failed(UUID mail, Instant retryAt, String error) {
        dsl().update(NOTIFICATION_MAILS)
                .set(NOTIFICATION_MAILS.ATTEMPTS, NOTIFICATION_MAILS.ATTEMPTS.plus(1))
                .set(NOTIFICATION_MAILS.NEXT_ATTEMPT_AT, utc(retryAt))
                .set(
                        NOTIFICATION_MAILS.LAST_ERROR,
                        error == null ? null : error.substring(0, Math.min(500, error.length())))
                .where(NOTIFICATION_MAILS.ID.eq(mail))
                .execute();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private DSLContext dsl() {
        if (!database.inSystemOperation()) {
            throw new IllegalStateException(
                    "the notification tables are read only by the mail worker's system operation");
        }
        return database.dsl();
    }
}

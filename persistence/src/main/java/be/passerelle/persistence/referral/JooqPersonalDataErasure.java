package be.passerelle.persistence.referral;

import static be.passerelle.persistence.jooq.Tables.IDEMPOTENCY_KEYS;
import static be.passerelle.persistence.jooq.Tables.REFERRALS;
import static be.passerelle.persistence.jooq.Tables.REFERRAL_ATTACHMENTS;
import static be.passerelle.persistence.jooq.Tables.REFERRAL_ATTACHMENT_SEGMENTS;
import static be.passerelle.persistence.jooq.Tables.REFERRAL_EVENTS;
import static be.passerelle.persistence.jooq.Tables.REFERRAL_MESSAGES;

import be.passerelle.core.referral.ErasedReferral;
import be.passerelle.core.referral.PersonalDataErasure;
import be.passerelle.core.referral.ReferralParties;
import be.passerelle.core.shared.TenantId;
import be.passerelle.persistence.Database;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jooq.impl.DSL;

/**
 * Erasure of personal data across the tenants of a forward chain; only inside a system operation
 * (checked here too, a second wall under the port's contract).
 */
final class JooqPersonalDataErasure implements PersonalDataErasure {
    private final Database database;

    JooqPersonalDataErasure(Database database) {
        this.database = database;
    }

    @Override
    public List<ErasedReferral> erase(UUID referralId, Instant at) {
        requireSystemOperation();
        // The referral and every referral forwarded from or to it, in both directions.
        List<UUID> chain = database.dsl()
                .resultQuery(
                        "with recursive chain(id) as (select {0}::uuid union select r.id from referrals r"
                                + " join chain c on r.forwarded_from = c.id or r.forwarded_to = c.id)"
                                + " select id from chain",
                        DSL.val(referralId))
                .fetch(r -> r.get(0, UUID.class));
        database.dsl()
                .update(REFERRALS)
                .setNull(REFERRALS.PERSONAL_DATA_KEY_ID)
                .setNull(REFERRALS.CITIZEN_CIPHERTEXT)
                .setNull(REFERRALS.SUMMARY_CIPHERTEXT)
                .set(REFERRALS.PERSONAL_DATA_ERASED_AT, utc(at))
                .set(REFERRALS.VERSION, REFERRALS.VERSION.plus(1))
                .set(REFERRALS.UPDATED_AT, utc(at))
                .where(REFERRALS.ID.in(chain))
                .and(REFERRALS.PERSONAL_DATA_ERASED_AT.isNull())
                .execute();
        database.dsl()
                .update(REFERRAL_EVENTS)
                .setNull(REFERRAL_EVENTS.NOTE_KEY_ID)
                .setNull(REFERRAL_EVENTS.NOTE_CIPHERTEXT)
                .where(REFERRAL_EVENTS.REFERRAL_ID.in(chain))
                .and(REFERRAL_EVENTS.NOTE_KEY_ID.isNotNull())
                .execute();
        database.dsl()
                .update(REFERRAL_MESSAGES)
                .setNull(REFERRAL_MESSAGES.BODY_KEY_ID)
                .setNull(REFERRAL_MESSAGES.BODY_CIPHERTEXT)
                .set(REFERRAL_MESSAGES.ERASED_AT, utc(at))
                .where(REFERRAL_MESSAGES.REFERRAL_ID.in(chain))
                .and(REFERRAL_MESSAGES.BODY_KEY_ID.isNotNull())
                .execute();
        database.dsl()
                .deleteFrom(REFERRAL_ATTACHMENT_SEGMENTS)
                .where(REFERRAL_ATTACHMENT_SEGMENTS.ATTACHMENT_ID.in(DSL.select(REFERRAL_ATTACHMENTS.ID)
                        .from(REFERRAL_ATTACHMENTS)
                        .where(REFERRAL_ATTACHMENTS.REFERRAL_ID.in(chain))))
                .execute();
        database.dsl()
                .update(REFERRAL_ATTACHMENTS)
                .setNull(REFERRAL_ATTACHMENTS.KEY_ID)
                .setNull(REFERRAL_ATTACHMENTS.FILE_NAME_CIPHERTEXT)
                .setNull(REFERRAL_ATTACHMENTS.CONTENT_CIPHERTEXT)
                .set(REFERRAL_ATTACHMENTS.ERASED_AT, utc(at))
                .where(REFERRAL_ATTACHMENTS.REFERRAL_ID.in(chain))
                .and(REFERRAL_ATTACHMENTS.KEY_ID.isNotNull())
                .execute();
        // The key stays (a retry must not create the referral again); its response goes.
        database.dsl()
                .update(IDEMPOTENCY_KEYS)
                .setNull(IDEMPOTENCY_KEYS.RESPONSE_KEY_ID)
                .setNull(IDEMPOTENCY_KEYS.RESPONSE_CIPHERTEXT)
                .where(IDEMPOTENCY_KEYS.RESOURCE_ID.in(chain))
                .and(IDEMPOTENCY_KEYS.RESPONSE_KEY_ID.isNotNull())
                .execute();
        return database.dsl()
                .select(REFERRALS.ID, REFERRALS.SENDER_TENANT_ID, REFERRALS.RECEIVER_TENANT_ID)
                .from(REFERRALS)
                .where(REFERRALS.ID.in(chain))
                .orderBy(REFERRALS.CREATED_AT)
                .fetch(r -> new ErasedReferral(
                        r.get(REFERRALS.ID),
                        new ReferralParties(
                                new TenantId(r.get(REFERRALS.SENDER_TENANT_ID)),
                                new TenantId(r.get(REFERRALS.RECEIVER_TENANT_ID)))));
    }

    @Override
    public List<UUID> holdingExpired(Instant finishedBefore, Instant createdBefore, int limit) {
        requireSystemOperation();
        return database.dsl()
                .select(REFERRALS.ID)
                .from(REFERRALS)
                .where(REFERRALS.PERSONAL_DATA_ERASED_AT.isNull())
                .and(REFERRALS.FINISHED_AT.lt(utc(finishedBefore)).or(REFERRALS.CREATED_AT.lt(utc(createdBefore))))
                .orderBy(REFERRALS.CREATED_AT)
                .limit(limit)
                .fetch(REFERRALS.ID);
    }

    private void requireSystemOperation() {
        if (!database.inSystemOperation()) {
            throw new IllegalStateException("personal data is erased across tenants only by a system operation");
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

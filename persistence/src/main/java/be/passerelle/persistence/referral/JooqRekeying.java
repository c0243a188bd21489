package be.passerelle.persistence.referral;

import static be.passerelle.persistence.jooq.Tables.IDEMPOTENCY_KEYS;
import static be.passerelle.persistence.jooq.Tables.REFERRALS;
import static be.passerelle.persistence.jooq.Tables.REFERRAL_ATTACHMENTS;
import static be.passerelle.persistence.jooq.Tables.REFERRAL_ATTACHMENT_SEGMENTS;
import static be.passerelle.persistence.jooq.Tables.REFERRAL_EVENTS;
import static be.passerelle.persistence.jooq.Tables.REFERRAL_MESSAGES;
import static be.passerelle.persistence.jooq.Tables.WEBHOOK_ENDPOINTS;

import be.passerelle.core.privacy.PersonalDataCipher;
import be.passerelle.core.privacy.Rekeying;
import be.passerelle.core.privacy.Sealed;
import be.passerelle.persistence.Database;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;

/**
 * Re-seals every encrypted column under the cipher's current key: referrals (citizen, summary),
 * timeline notes, message bodies, attachments (name, content of rows from before segments),
 * attachment segments, idempotent replays and webhook signing secrets. Each row is
 * updated only if its key id is still the one read, so concurrent runs do not clash.
 */
final class JooqRekeying implements Rekeying {
    private final Database database;
    private final PersonalDataCipher cipher;

    JooqRekeying(Database database, PersonalDataCipher cipher) {
        this.database = database;
        this.cipher = cipher;
    }

    /** One sealed column and the name its context uses. */
    private record Column(TableField<? extends Record, byte[]> field, String name) {}

    @Override
    public int rekey(int limit) {
        if (!database.inSystemOperation()) {
            throw new IllegalStateException("personal data is re-encrypted only by a system operation");
        }
        int moved = 0;
        moved += rekey(
                REFERRALS,
                "referrals",
                REFERRALS.ID,
                REFERRALS.PERSONAL_DATA_KEY_ID,
                List.of(
                        new Column(REFERRALS.CITIZEN_CIPHERTEXT, "citizen"),
                        new Column(REFERRALS.SUMMARY_CIPHERTEXT, "summary")),
                limit);
        moved += rekey(
                REFERRAL_EVENTS,
                "referral_events",
                REFERRAL_EVENTS.ID,
                REFERRAL_EVENTS.NOTE_KEY_ID,
                List.of(new Column(REFERRAL_EVENTS.NOTE_CIPHERTEXT, "note")),
                limit);
        moved += rekey(
                REFERRAL_MESSAGES,
                "referral_messages",
                REFERRAL_MESSAGES.ID,
                REFERRAL_MESSAGES.BODY_KEY_ID,
                List.of(new Column(REFERRAL_MESSAGES.BODY_CIPHERTEXT, "body")),
                limit);
        moved += rekey(
                REFERRAL_ATTACHMENTS,
                "referral_attachments",
                REFERRAL_ATTACHMENTS.ID,
                REFERRAL_ATTACHMENTS.KEY_ID,
                List.of(
                        new Column(REFERRAL_ATTACHMENTS.FILE_NAME_CIPHERTEXT, "name"),
                        new Column(REFERRAL_ATTACHMENTS.CONTENT_CIPHERTEXT, "content")),
                limit);
        moved += rekey(
                WEBHOOK_ENDPOINTS,
                "webhook_endpoints",
                WEBHOOK_ENDPOINTS.ID,
                WEBHOOK_ENDPOINTS.SECRET_KEY_ID,
                List.of(new Column(WEBHOOK_ENDPOINTS.SECRET_CIPHERTEXT, "secret")),
                limit);
        moved += rekeySegments(limit);
        moved += rekeyReplays(limit);
        return moved;
    }

    private int rekey(
            Table<?> table,
            String tableName,
            TableField<? extends Record, UUID> id,
            TableField<? extends Record, String> keyId,
            List<Column> columns,
            int limit) {
        String current = cipher.currentKeyId();
        List<Field<?>> select = new java.util.ArrayList<>(List.of(id, keyId));
        columns.forEach(c -> select.add(c.field()));
        int moved = 0;
        for (Record row : database.dsl()
                .select(select)
                .from(table)
                .where(keyId.isNotNull())
                .and(keyId.ne(current))
                .limit(limit)
                .fetch()) {
            UUID rowId = row.get(id);
            String old = row.get(keyId);
            Map<Field<?>, Object> changes = new HashMap<>();
            changes.put(keyId, current);
            for (Column column : columns) {
                byte[] ciphertext = row.get(column.field());
                if (ciphertext != null) {
                    String context = PersonalDataCodec.context(tableName, rowId, column.name());
                    byte[] plain = cipher.open(new Sealed(old, ciphertext), context);
                    changes.put(column.field(), cipher.seal(plain, context).ciphertext());
                }
            }
            moved += database.dsl()
                    .update(table)
                    .set(changes)
                    .where(id.eq(rowId))
                    .and(keyId.eq(old))
                    .execute();
        }
        return moved;
    }

    /** Attachment segments, one at a time (a batch of them would be a batch of 64 KiB values). */
    private int rekeySegments(int limit) {
        String current = cipher.currentKeyId();
        int moved = 0;
        for (Record key : database.dsl()
                .select(REFERRAL_ATTACHMENT_SEGMENTS.ATTACHMENT_ID, REFERRAL_ATTACHMENT_SEGMENTS.SEGMENT)
                .from(REFERRAL_ATTACHMENT_SEGMENTS)
                .where(REFERRAL_ATTACHMENT_SEGMENTS.KEY_ID.ne(current))
                .limit(limit)
                .fetch()) {
            UUID attachment = key.get(REFERRAL_ATTACHMENT_SEGMENTS.ATTACHMENT_ID);
            int segment = key.get(REFERRAL_ATTACHMENT_SEGMENTS.SEGMENT);
            Record row = database.dsl()
                    .select(
                            REFERRAL_ATTACHMENT_SEGMENTS.KEY_ID,
                            REFERRAL_ATTACHMENT_SEGMENTS.CIPHERTEXT,
                            REFERRAL_ATTACHMENTS.SEGMENT_COUNT)
                    .from(REFERRAL_ATTACHMENT_SEGMENTS)
                    .join(REFERRAL_ATTACHMENTS)
                    .on(REFERRAL_ATTACHMENTS.ID.eq(REFERRAL_ATTACHMENT_SEGMENTS.ATTACHMENT_ID))
                    .where(REFERRAL_ATTACHMENT_SEGMENTS.ATTACHMENT_ID.eq(attachment))
                    .and(REFERRAL_ATTACHMENT_SEGMENTS.SEGMENT.eq(segment))
                    .and(REFERRAL_ATTACHMENT_SEGMENTS.KEY_ID.ne(current))
                    .fetchOne();
            if (row == null) {
                continue;
            }
            String old = row.get(REFERRAL_ATTACHMENT_SEGMENTS.KEY_ID);
            Integer count = row.get(REFERRAL_ATTACHMENTS.SEGMENT_COUNT);
            String context = JooqAttachments.segmentContext(attachment, segment, count != null && segment == count - 1);
            byte[] plain = cipher.open(new Sealed(old, row.get(REFERRAL_ATTACHMENT_SEGMENTS.CIPHERTEXT)), context);
            moved += database.dsl()
                    .update(REFERRAL_ATTACHMENT_SEGMENTS)
                    .set(REFERRAL_ATTACHMENT_SEGMENTS.KEY_ID, current)
                    .set(
                            REFERRAL_ATTACHMENT_SEGMENTS.CIPHERTEXT,
                            cipher.seal(plain, context).ciphertext())
                    .where(REFERRAL_ATTACHMENT_SEGMENTS.ATTACHMENT_ID.eq(attachment))
                    .and(REFERRAL_ATTACHMENT_SEGMENTS.SEGMENT.eq(segment))
                    .and(REFERRAL_ATTACHMENT_SEGMENTS.KEY_ID.eq(old))
                    .execute();
        }
        return moved;
    }

    private int rekeyReplays(int limit) {
        String current = cipher.currentKeyId();
        int moved = 0;
        for (Record row : database.dsl()
                .select(
                        IDEMPOTENCY_KEYS.TENANT_ID,
                        IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY,
                        IDEMPOTENCY_KEYS.RESPONSE_KEY_ID,
                        IDEMPOTENCY_KEYS.RESPONSE_CIPHERTEXT)
                .from(IDEMPOTENCY_KEYS)
                .where(IDEMPOTENCY_KEYS.RESPONSE_KEY_ID.isNotNull())
                .and(IDEMPOTENCY_KEYS.RESPONSE_KEY_ID.ne(current))
                .limit(limit)
                .fetch()) {
            String old = row.get(IDEMPOTENCY_KEYS.RESPONSE_KEY_ID);
            String context = "idempotency_keys:" + row.get(IDEMPOTENCY_KEYS.TENANT_ID) + ":"
                    + row.get(IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY);
            byte[] plain = cipher.open(new Sealed(old, row.get(IDEMPOTENCY_KEYS.RESPONSE_CIPHERTEXT)), context);
            moved += database.dsl()
                    .update(IDEMPOTENCY_KEYS)
                    .set(IDEMPOTENCY_KEYS.RESPONSE_KEY_ID, current)
                    .set(
                            IDEMPOTENCY_KEYS.RESPONSE_CIPHERTEXT,
                            cipher.seal(plain, context).ciphertext())
                    .where(IDEMPOTENCY_KEYS.TENANT_ID.eq(row.get(IDEMPOTENCY_KEYS.TENANT_ID)))
                    .and(IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY.eq(row.get(IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY)))
                    .and(IDEMPOTENCY_KEYS.RESPONSE_KEY_ID.eq(old))
                    .execute();
        }
        return moved;
    }
}

package be.passerelle.persistence;

import static be.passerelle.persistence.jooq.Tables.IDEMPOTENCY_KEYS;
import static be.passerelle.persistence.jooq.Tables.REFERRALS;
import static be.passerelle.persistence.jooq.Tables.REFERRAL_ATTACHMENTS;
import static be.passerelle.persistence.jooq.Tables.REFERRAL_ATTACHMENT_SEGMENTS;
import static be.passerelle.persistence.jooq.Tables.REFERRAL_EVENTS;
import static be.passerelle.persistence.jooq.Tables.REFERRAL_MESSAGES;
import static be.passerelle.persistence.jooq.Tables.WEBHOOK_ENDPOINTS;

import be.passerelle.core.shared.TenantId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.TableLike;

/**
 * Every encrypted column of the schema, with its key id column and what its ciphertext is bound to
 * (the cipher's context: {@code table:row:column}, so that a value copied to another row or column
 * does not open). The adapters seal and open through these contexts, and re-keying walks this list:
 * a column added here is re-keyed, a column missing here fails {@code SealedColumnsTest}.
 */
public final class SealedColumns {
    public static final ByRowId REFERRAL_CITIZEN =
            new ByRowId(REFERRALS.ID, REFERRALS.PERSONAL_DATA_KEY_ID, REFERRALS.CITIZEN_CIPHERTEXT, "citizen");
    public static final ByRowId REFERRAL_SUMMARY =
            new ByRowId(REFERRALS.ID, REFERRALS.PERSONAL_DATA_KEY_ID, REFERRALS.SUMMARY_CIPHERTEXT, "summary");
    public static final ByRowId EVENT_NOTE =
            new ByRowId(REFERRAL_EVENTS.ID, REFERRAL_EVENTS.NOTE_KEY_ID, REFERRAL_EVENTS.NOTE_CIPHERTEXT, "note");
    public static final ByRowId MESSAGE_BODY =
            new ByRowId(REFERRAL_MESSAGES.ID, REFERRAL_MESSAGES.BODY_KEY_ID, REFERRAL_MESSAGES.BODY_CIPHERTEXT, "body");
    public static final ByRowId ATTACHMENT_NAME = new ByRowId(
            REFERRAL_ATTACHMENTS.ID, REFERRAL_ATTACHMENTS.KEY_ID, REFERRAL_ATTACHMENTS.FILE_NAME_CIPHERTEXT, "name");
    /** The content of an attachment stored before segments, as one value. */
    public static final ByRowId ATTACHMENT_CONTENT = new ByRowId(
            REFERRAL_ATTACHMENTS.ID, REFERRAL_ATTACHMENTS.KEY_ID, REFERRAL_ATTACHMENTS.CONTENT_CIPHERTEXT, "content");

    public static final ByRowId WEBHOOK_SECRET = new ByRowId(
            WEBHOOK_ENDPOINTS.ID, WEBHOOK_ENDPOINTS.SECRET_KEY_ID, WEBHOOK_ENDPOINTS.SECRET_CIPHERTEXT, "secret");
    /** The secret a rotation replaced, signing alongside the new one for the grace period. */
    public static final ByRowId WEBHOOK_PREVIOUS_SECRET = new ByRowId(
            WEBHOOK_ENDPOINTS.ID,
            WEBHOOK_ENDPOINTS.PREVIOUS_SECRET_KEY_ID,
            WEBHOOK_ENDPOINTS.PREVIOUS_SECRET_CIPHERTEXT,
            "previous_secret");

    public static final AttachmentSegment ATTACHMENT_SEGMENT = new AttachmentSegment();
    public static final IdempotentResponse IDEMPOTENT_RESPONSE = new IdempotentResponse();

    /** Every sealed column. */
    public static final List<SealedColumn> ALL = List.of(
            REFERRAL_CITIZEN,
            REFERRAL_SUMMARY,
            EVENT_NOTE,
            MESSAGE_BODY,
            ATTACHMENT_NAME,
            ATTACHMENT_CONTENT,
            WEBHOOK_SECRET,
            WEBHOOK_PREVIOUS_SECRET,
            ATTACHMENT_SEGMENT,
            IDEMPOTENT_RESPONSE);

    private SealedColumns() {}

    /**
     * The columns of personal-data values, each sealed on its own with the personal-data cipher:
     * all but {@link #ATTACHMENT_SEGMENT}, whose rows hold a stream re-sealed per attachment.
     */
    public static final List<SealedColumn> FIELDS =
            ALL.stream().filter(column -> column != ATTACHMENT_SEGMENT).toList();

    /**
     * The {@link #FIELDS} grouped by the key id column they share (one row moves to a new key at
     * once), in the order re-keying moves them.
     */
    public static Collection<List<SealedColumn>> byKeyId() {
        return FIELDS.stream()
                .collect(Collectors.groupingBy(SealedColumn::keyId, LinkedHashMap::new, Collectors.toList()))
                .values();
    }

    /** One encrypted column: its ciphertext, the key id it was sealed with, and how its row binds the context. */
    public abstract static sealed class SealedColumn permits ByRowId, AttachmentSegment, IdempotentResponse {
        private final TableField<? extends Record, String> keyId;
        private final TableField<? extends Record, byte[]> ciphertext;

        private SealedColumn(
                TableField<? extends Record, String> keyId, TableField<? extends Record, byte[]> ciphertext) {
            this.keyId = Objects.requireNonNull(keyId, "keyId");
            this.ciphertext = Objects.requireNonNull(ciphertext, "ciphertext");
        }

        public Table<? extends Record> table() {
            return ciphertext.getTable();
        }

        public TableField<? extends Record, String> keyId() {
            return keyId;
        }

        public TableField<? extends Record, byte[]> ciphertext() {
            return ciphertext;
        }

        /** The columns that pick out one row of {@link #table()}. */
        public abstract List<Field<?>> rowKey();

        /** What a row is read from for its context ({@link #table()}, joined to what else it needs). */
        public TableLike<?> source() {
            return table();
        }

        /** The columns of {@link #source()} that {@link #context(Record)} reads. */
        public List<Field<?>> contextFields() {
            return rowKey();
        }

        /** The context this column's value in {@code row} (read with {@link #contextFields()}) is sealed to. */
        public abstract String context(Record row);

        @Override
        public String toString() {
            return ciphertext.getQualifiedName().toString();
        }
    }

    /** A column bound to its row's id and its own name: {@code table:id:column}. */
    public static final class ByRowId extends SealedColumn {
        private final TableField<? extends Record, UUID> id;
        private final String name;

        private ByRowId(
                TableField<? extends Record, UUID> id,
                TableField<? extends Record, String> keyId,
                TableField<? extends Record, byte[]> ciphertext,
                String name) {
            super(keyId, ciphertext);
            this.id = id;
            this.name = name;
        }

        public String context(UUID row) {
            return table().getName() + ":" + row + ":" + name;
        }

        @Override
        public List<Field<?>> rowKey() {
            return List.of(id);
        }

        @Override
        public String context(Record row) {
            return context(row.get(id));
        }
    }

    /**
     * The segments of an attachment's content. Now one stream sealed by the stream sealer, bound to
     * its attachment ({@link #streamContext}: the stream authenticates each of its own segments'
     * place and the end) and cut into the rows, each row's key id the stream's. Before, each segment
     * was a value of the personal-data cipher bound to its attachment, its place and, for the last
     * one, that it is the last ({@link #context(UUID, int, boolean)}); the re-encryption job
     * re-streams those.
     */
    public static final class AttachmentSegment extends SealedColumn {
        private AttachmentSegment() {
            super(REFERRAL_ATTACHMENT_SEGMENTS.KEY_ID, REFERRAL_ATTACHMENT_SEGMENTS.CIPHERTEXT);
        }

        /** The context of the attachment's content stream: {@code table:attachment:content}. */
        public String streamContext(UUID attachment) {
            return table().getName() + ":" + attachment + ":content";
        }

        /** The context of one segment of the form before streams. */
        public String context(UUID attachment, int index, boolean last) {
            return table().getName() + ":" + attachment + ":segment:" + index + (last ? ":last" : "");
        }

        @Override
        public List<Field<?>> rowKey() {
            return List.of(REFERRAL_ATTACHMENT_SEGMENTS.ATTACHMENT_ID, REFERRAL_ATTACHMENT_SEGMENTS.SEGMENT);
        }

        @Override
        public TableLike<?> source() {
            return REFERRAL_ATTACHMENT_SEGMENTS
                    .join(REFERRAL_ATTACHMENTS)
                    .on(REFERRAL_ATTACHMENTS.ID.eq(REFERRAL_ATTACHMENT_SEGMENTS.ATTACHMENT_ID));
        }

        @Override
        public List<Field<?>> contextFields() {
            List<Field<?>> fields = new ArrayList<>(rowKey());
            fields.add(REFERRAL_ATTACHMENTS.SEGMENT_COUNT);
            return fields;
        }

        @Override
        public String context(Record row) {
            int index = row.get(REFERRAL_ATTACHMENT_SEGMENTS.SEGMENT);
            Integer count = row.get(REFERRAL_ATTACHMENTS.SEGMENT_COUNT);
            return context(
                    row.get(REFERRAL_ATTACHMENT_SEGMENTS.ATTACHMENT_ID), index, count != null && index == count - 1);
        }
    }

    /** The stored response of an idempotent request, bound to its tenant and key: {@code table:tenant:key}. */
    public static final class IdempotentResponse extends SealedColumn {
        private IdempotentResponse() {
            super(IDEMPOTENCY_KEYS.RESPONSE_KEY_ID, IDEMPOTENCY_KEYS.RESPONSE_CIPHERTEXT);
        }

        public String context(TenantId tenant, String key) {
            return table().getName() + ":" + tenant.value() + ":" + key;
        }

        @Override
        public List<Field<?>> rowKey() {
            return List.of(IDEMPOTENCY_KEYS.TENANT_ID, IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY);
        }

        @Override
        public String context(Record row) {
            return context(
                    new TenantId(row.get(IDEMPOTENCY_KEYS.TENANT_ID)), row.get(IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY));
        }
    }
}

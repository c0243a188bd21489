package be.passerelle.persistence.referral;

import static be.passerelle.persistence.jooq.Tables.REFERRAL_ATTACHMENTS;
import static be.passerelle.persistence.jooq.Tables.REFERRAL_ATTACHMENT_SEGMENTS;

import be.passerelle.core.privacy.PersonalDataCipher;
import be.passerelle.core.privacy.Rekeying;
import be.passerelle.core.privacy.Sealed;
import be.passerelle.core.privacy.StreamSealer;
import be.passerelle.persistence.Database;
import be.passerelle.persistence.SealedColumns;
import be.passerelle.persistence.SealedColumns.SealedColumn;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Re-seals every field column of {@link SealedColumns} under the cipher's current key, one row at a
 * time, with the contexts the adapters use, then re-streams the content of attachments not sealed
 * by the stream sealer's current key (the forms before streams, or an older stream key): their
 * segments are read one at a time, written as a new stream after them, and the old rows deleted.
 * Each row is updated only if its key id is still the one read, so concurrent runs do not clash.
 */
final class JooqRekeying implements Rekeying {
    /** Attachments re-streamed per run at most: up to 10 MiB each, in the run's one transaction. */
    static final int ATTACHMENTS_PER_RUN = 20;

    private final Database database;
    private final PersonalDataCipher cipher;
    private final AttachmentContent content;

    JooqRekeying(Database database, PersonalDataCipher cipher, StreamSealer sealer) {
        this.database = database;
        this.cipher = cipher;
        this.content = new AttachmentContent(database, cipher, sealer);
    }

    @Override
    public int rekey(int limit) {
        if (!database.inSystemOperation()) {
            throw new IllegalStateException("personal data is re-encrypted only by a system operation");
        }
        int moved = 0;
        for (List<SealedColumn> columns : SealedColumns.byKeyId()) {
            moved += rekey(columns, limit);
        }
        return moved + restream(Math.min(limit, ATTACHMENTS_PER_RUN));
    }

    /** Re-streams the content of up to {@code limit} attachments under the current stream key, oldest first. */
    private int restream(int limit) {
        String current = content.currentKeyId();
        int moved = 0;
        for (Record row : database.dsl()
                .select(
                        REFERRAL_ATTACHMENTS.ID,
                        REFERRAL_ATTACHMENTS.SENDER_TENANT_ID,
                        REFERRAL_ATTACHMENTS.RECEIVER_TENANT_ID,
                        REFERRAL_ATTACHMENTS.UPLOADER_TENANT_ID,
                        REFERRAL_ATTACHMENTS.SEGMENT_COUNT,
                        REFERRAL_ATTACHMENTS.FIRST_SEGMENT,
                        REFERRAL_ATTACHMENTS.CONTENT_KEY_ID)
                .from(REFERRAL_ATTACHMENTS)
                .where(REFERRAL_ATTACHMENTS.KEY_ID.isNotNull())
                .and(REFERRAL_ATTACHMENTS.CONTENT_KEY_ID.isNull().or(REFERRAL_ATTACHMENTS.CONTENT_KEY_ID.ne(current)))
                .orderBy(REFERRAL_ATTACHMENTS.SEQ)
                .limit(limit)
                .forUpdate()
                .skipLocked()
                .fetch()) {
            restream(row);
            moved++;
        }
        return moved;
    }

    private void restream(Record row) {
        UUID id = row.get(REFERRAL_ATTACHMENTS.ID);
        Integer count = row.get(REFERRAL_ATTACHMENTS.SEGMENT_COUNT);
        int first = row.get(REFERRAL_ATTACHMENTS.FIRST_SEGMENT);
        int next = count == null ? 0 : first + count;
        AttachmentContent.Rows rows = content.rows(
                id,
                row.get(REFERRAL_ATTACHMENTS.SENDER_TENANT_ID),
                row.get(REFERRAL_ATTACHMENTS.RECEIVER_TENANT_ID),
                row.get(REFERRAL_ATTACHMENTS.UPLOADER_TENANT_ID),
                next);
        try (InputStream plain = content.opening(
                        id,
                        JooqAttachments.segments(row),
                        JooqAttachments.form(row),
                        index -> storedSegment(id, index));
                OutputStream sealing = rows.sealing()) {
            plain.transferTo(sealing);
        } catch (IOException e) {
            throw new UncheckedIOException("attachment " + id + " could not be re-streamed", e);
        }
        database.dsl()
                .deleteFrom(REFERRAL_ATTACHMENT_SEGMENTS)
                .where(REFERRAL_ATTACHMENT_SEGMENTS.ATTACHMENT_ID.eq(id))
                .and(REFERRAL_ATTACHMENT_SEGMENTS.SEGMENT.lt(next))
                .execute();
        database.dsl()
                .update(REFERRAL_ATTACHMENTS)
                .set(REFERRAL_ATTACHMENTS.CONTENT_KEY_ID, content.currentKeyId())
                .set(REFERRAL_ATTACHMENTS.FIRST_SEGMENT, next)
                .set(REFERRAL_ATTACHMENTS.SEGMENT_COUNT, rows.count())
                .setNull(REFERRAL_ATTACHMENTS.CONTENT_CIPHERTEXT)
                .where(REFERRAL_ATTACHMENTS.ID.eq(id))
                .execute();
    }

    /** Segment {@code index} of the attachment's content as it is stored now (system read). */
    private Sealed storedSegment(UUID attachment, int index) {
        return JooqAttachments.storedSegment(database.dsl(), attachment, index, DSL.noCondition(), DSL.noCondition())
                .orElseThrow(() ->
                        new IllegalStateException("attachment " + attachment + " misses its stored segment " + index));
    }

    /** Moves up to {@code limit} rows of one table whose {@code columns} share one key id. */
    private int rekey(List<SealedColumn> columns, int limit) {
        SealedColumn first = columns.get(0);
        String current = cipher.currentKeyId();
        List<Field<?>> key = new ArrayList<>(first.rowKey());
        key.add(first.keyId());
        int moved = 0;
        for (Record stale : database.dsl()
                .select(key)
                .from(first.table())
                .where(first.keyId().isNotNull())
                .and(first.keyId().ne(current))
                .limit(limit)
                .fetch()) {
            String old = stale.get(first.keyId());
            Condition sameRow = DSL.and(first.rowKey().stream()
                            .map(field -> same(field, stale))
                            .toList())
                    .and(first.keyId().eq(old));
            List<Field<?>> read = new ArrayList<>(first.contextFields());
            columns.forEach(column -> read.add(column.ciphertext()));
            Record row = database.dsl()
                    .select(read)
                    .from(first.source())
                    .where(sameRow)
                    .fetchOne();
            if (row == null) {
                continue; // moved or erased meanwhile
            }
            Map<Field<?>, Object> changes = new HashMap<>();
            changes.put(first.keyId(), current);
            for (SealedColumn column : columns) {
                byte[] ciphertext = row.get(column.ciphertext());
                if (ciphertext != null) {
                    String context = column.context(row);
                    byte[] plain = cipher.open(new Sealed(old, ciphertext), context);
                    changes.put(column.ciphertext(), cipher.seal(plain, context).ciphertext());
                }
            }
            moved += database.dsl()
                    .update(first.table())
                    .set(changes)
                    .where(sameRow)
                    .execute();
        }
        return moved;
    }

    private static <T> Condition same(Field<T> field, Record row) {
        return field.eq(row.get(field));
    }
}

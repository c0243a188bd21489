package be.passerelle.persistence.referral;

import static be.passerelle.persistence.jooq.Tables.REFERRAL_ATTACHMENT_SEGMENTS;

import be.passerelle.core.privacy.PersonalDataCipher;
import be.passerelle.core.privacy.Sealed;
import be.passerelle.core.privacy.StreamSealer;
import be.passerelle.core.referral.StoredAttachment;
import be.passerelle.persistence.Database;
import be.passerelle.persistence.SealedColumns;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * How attachment content is written and read: written as one stream sealed by the {@link
 * StreamSealer} and cut into segment rows of {@link #ROW_BYTES} as it goes; read back through the
 * sealer from rows fetched one at a time, or, for the forms before streams, each row (or the whole
 * value) opened by the personal-data cipher. Memory: one row and the sealer's segment.
 */
final class AttachmentContent {
    /** Ciphertext bytes per stored segment row. */
    static final int ROW_BYTES = 64 * 1024;

    private final Database database;
    private final PersonalDataCipher cipher;
    private final StreamSealer sealer;

    AttachmentContent(Database database, PersonalDataCipher cipher, StreamSealer sealer) {
        this.database = database;
        this.cipher = cipher;
        this.sealer = sealer;
    }

    /** The id of the stream key new content is sealed with. */
    String currentKeyId() {
        return sealer.currentKeyId();
    }

    /**
     * A stream sealing into new segment rows of {@code attachment}, numbered from {@code first}, in
     * the current transaction; {@link Rows#count()} tells how many once it is closed.
     */
    Rows rows(UUID attachment, UUID sender, UUID receiver, UUID uploader, int first) {
        return new Rows(attachment, sender, receiver, uploader, first);
    }

    /** What {@link #rows} gives: the sink of the rows and the sealing stream over it. */
    final class Rows {
        private final SegmentRows sink;
        private final OutputStream sealing;

        private Rows(UUID attachment, UUID sender, UUID receiver, UUID uploader, int first) {
            this.sink = new SegmentRows(attachment, sender, receiver, uploader, first);
            this.sealing = sealer.sealing(sink, SealedColumns.ATTACHMENT_SEGMENT.streamContext(attachment));
        }

        OutputStream sealing() {
            return sealing;
        }

        int count() {
            return sink.count;
        }
    }

    /**
     * The plaintext of attachment {@code id}'s content, stored in {@code count} segments of {@code
     * form}, read through {@code segments}.
     */
    InputStream opening(UUID id, int count, StoredAttachment.Form form, IntFunction<Sealed> segments) {
        return switch (form) {
            case STREAM ->
                sealer.opening(
                        new RowsInputStream(
                                count, index -> segments.apply(index).ciphertext()),
                        SealedColumns.ATTACHMENT_SEGMENT.streamContext(id));
            case SEALED_SEGMENTS ->
                new RowsInputStream(
                        count,
                        index -> cipher.open(
                                segments.apply(index),
                                SealedColumns.ATTACHMENT_SEGMENT.context(id, index, index == count - 1)));
            case WHOLE ->
                new RowsInputStream(
                        1, index -> cipher.open(segments.apply(index), SealedColumns.ATTACHMENT_CONTENT.context(id)));
        };
    }

    /** Buffers the sealed stream and stores it as rows of {@link #ROW_BYTES}. */
    private final class SegmentRows extends OutputStream {
        private final UUID attachment;
        private final UUID sender;
        private final UUID receiver;
        private final UUID uploader;
        private final int first;
        private final byte[] buffer = new byte[ROW_BYTES];
        private int filled;
        private int count;
        private boolean closed;

        SegmentRows(UUID attachment, UUID sender, UUID receiver, UUID uploader, int first) {
            this.attachment = Objects.requireNonNull(attachment, "attachment");
            this.sender = sender;
            this.receiver = receiver;
            this.uploader = uploader;
            this.first = first;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            Objects.checkFromIndexSize(offset, length, bytes.length);
            if (closed) {
                throw new IOException("the attachment's content is already sealed");
            }
            while (length > 0) {
                int taken = Math.min(length, ROW_BYTES - filled);
                System.arraycopy(bytes, offset, buffer, filled, taken);
                filled += taken;
                offset += taken;
                length -= taken;
                if (filled == ROW_BYTES) {
                    store();
                }
            }
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                if (filled > 0 || count == 0) {
                    store();
                }
            }
        }

        private void store() {
            database.dsl()
                    .insertInto(REFERRAL_ATTACHMENT_SEGMENTS)
                    .set(REFERRAL_ATTACHMENT_SEGMENTS.ATTACHMENT_ID, attachment)
                    .set(REFERRAL_ATTACHMENT_SEGMENTS.SEGMENT, first + count)
                    .set(REFERRAL_ATTACHMENT_SEGMENTS.SENDER_TENANT_ID, sender)
                    .set(REFERRAL_ATTACHMENT_SEGMENTS.RECEIVER_TENANT_ID, receiver)
                    .set(REFERRAL_ATTACHMENT_SEGMENTS.UPLOADER_TENANT_ID, uploader)
                    .set(REFERRAL_ATTACHMENT_SEGMENTS.KEY_ID, sealer.currentKeyId())
                    .set(REFERRAL_ATTACHMENT_SEGMENTS.CIPHERTEXT, Arrays.copyOf(buffer, filled))
                    .execute();
            count++;
            filled = 0;
        }
    }

    /** The concatenation of {@code count} chunks, each fetched when the one before is read. */
    private static final class RowsInputStream extends InputStream {
        private final int count;
        private final IntFunction<byte[]> chunks;
        private int next;
        private byte[] current = new byte[0];
        private int position;

        RowsInputStream(int count, IntFunction<byte[]> chunks) {
            this.count = count;
            this.chunks = chunks;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) {
            Objects.checkFromIndexSize(offset, length, bytes.length);
            if (length == 0) {
                return 0;
            }
            while (position == current.length) {
                if (next == count) {
                    return -1;
                }
                current = chunks.apply(next++);
                position = 0;
            }
            int taken = Math.min(length, current.length - position);
            System.arraycopy(current, position, bytes, offset, taken);
            position += taken;
            return taken;
        }
    }
}

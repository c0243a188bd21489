package be.passerelle.persistence.referral;

import static be.passerelle.persistence.jooq.Tables.REFERRAL_ATTACHMENTS;
import static be.passerelle.persistence.jooq.Tables.REFERRAL_ATTACHMENT_SEGMENTS;
import static be.passerelle.persistence.jooq.Tables.TENANTS;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.privacy.PersonalDataCipher;
import be.passerelle.core.privacy.Sealed;
import be.passerelle.core.privacy.StreamSealer;
import be.passerelle.core.referral.Attachment;
import be.passerelle.core.referral.AttachmentType;
import be.passerelle.core.referral.Attachments;
import be.passerelle.core.referral.ReferralParties;
import be.passerelle.core.referral.ReferralParty;
import be.passerelle.core.referral.StoredAttachment;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.persistence.Database;
import be.passerelle.persistence.SealedColumns;
import be.passerelle.persistence.Tenancy;
import be.passerelle.persistence.jooq.tables.Tenants;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntFunction;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Attachments in PostgreSQL: the name sealed with the personal-data cipher (bound to its row), the
 * content sealed as one stream by the stream sealer (bound to its attachment) and stored in segment
 * rows as it streams ({@link AttachmentContent}); media type, size and segment count in clear; both
 * walls as for referrals, on every segment too. Content stored in the forms before streams still
 * opens.
 */
final class JooqAttachments implements Attachments {
    private static final Tenants UPLOADER = TENANTS.as("uploader");

    private final Database database;
    private final PersonalDataCipher cipher;
    private final AttachmentContent content;

    JooqAttachments(Database database, PersonalDataCipher cipher, StreamSealer sealer) {
        this.database = database;
        this.cipher = cipher;
        this.content = new AttachmentContent(database, cipher, sealer);
    }

    @Override
    public OutputStream newContent(UUID attachmentId, ReferralParties parties, TenantId uploader) {
        return content.rows(
                        attachmentId,
                        parties.sender().value(),
                        parties.receiver().value(),
                        uploader.value(),
                        0)
                .sealing();
    }

    @Override
    public void add(
            UUID id,
            UUID referralId,
            ReferralParties parties,
            TenantId uploader,
            Actor actor,
            String fileName,
            AttachmentType type,
            int size,
            Instant at) {
        Sealed name = cipher.seal(fileName.getBytes(StandardCharsets.UTF_8), SealedColumns.ATTACHMENT_NAME.context(id));
        database.dsl()
                .insertInto(REFERRAL_ATTACHMENTS)
                .set(REFERRAL_ATTACHMENTS.ID, id)
                .set(REFERRAL_ATTACHMENTS.REFERRAL_ID, referralId)
                .set(REFERRAL_ATTACHMENTS.SENDER_TENANT_ID, parties.sender().value())
                .set(REFERRAL_ATTACHMENTS.RECEIVER_TENANT_ID, parties.receiver().value())
                .set(REFERRAL_ATTACHMENTS.UPLOADER_TENANT_ID, uploader.value())
                .set(REFERRAL_ATTACHMENTS.UPLOADER_ID, actor.id())
                .set(REFERRAL_ATTACHMENTS.UPLOADER_NAME, actor.name())
                .set(REFERRAL_ATTACHMENTS.MEDIA_TYPE, type.mediaType())
                .set(REFERRAL_ATTACHMENTS.SIZE_BYTES, size)
                .set(
                        REFERRAL_ATTACHMENTS.SEGMENT_COUNT,
                        DSL.select(DSL.count())
                                .from(REFERRAL_ATTACHMENT_SEGMENTS)
                                .where(REFERRAL_ATTACHMENT_SEGMENTS.ATTACHMENT_ID.eq(id)))
                .set(REFERRAL_ATTACHMENTS.CONTENT_KEY_ID, content.currentKeyId())
                .set(REFERRAL_ATTACHMENTS.KEY_ID, name.keyId())
                .set(REFERRAL_ATTACHMENTS.FILE_NAME_CIPHERTEXT, name.ciphertext())
                .set(REFERRAL_ATTACHMENTS.CREATED_AT, at.atOffset(ZoneOffset.UTC))
                .execute();
    }

    @Override
    public List<Attachment> list(TenantId viewer, UUID referralId) {
        return database.dsl()
                .select(
                        REFERRAL_ATTACHMENTS.ID,
                        REFERRAL_ATTACHMENTS.UPLOADER_TENANT_ID,
                        UPLOADER.SLUG,
                        REFERRAL_ATTACHMENTS.UPLOADER_NAME,
                        REFERRAL_ATTACHMENTS.KEY_ID,
                        REFERRAL_ATTACHMENTS.FILE_NAME_CIPHERTEXT,
                        REFERRAL_ATTACHMENTS.MEDIA_TYPE,
                        REFERRAL_ATTACHMENTS.SIZE_BYTES,
                        REFERRAL_ATTACHMENTS.CREATED_AT)
                .from(REFERRAL_ATTACHMENTS)
                .join(UPLOADER)
                .on(UPLOADER.ID.eq(REFERRAL_ATTACHMENTS.UPLOADER_TENANT_ID))
                .where(REFERRAL_ATTACHMENTS.REFERRAL_ID.eq(referralId))
                .and(Tenancy.partyTo(
                        REFERRAL_ATTACHMENTS.SENDER_TENANT_ID, REFERRAL_ATTACHMENTS.RECEIVER_TENANT_ID, viewer))
                .orderBy(REFERRAL_ATTACHMENTS.SEQ)
                .fetch(this::toAttachment);
    }

    @Override
    public Optional<StoredAttachment> find(TenantId viewer, UUID referralId, UUID attachmentId) {
        return database.dsl()
                .select(
                        REFERRAL_ATTACHMENTS.ID,
                        REFERRAL_ATTACHMENTS.UPLOADER_TENANT_ID,
                        UPLOADER.SLUG,
                        REFERRAL_ATTACHMENTS.UPLOADER_NAME,
                        REFERRAL_ATTACHMENTS.KEY_ID,
                        REFERRAL_ATTACHMENTS.FILE_NAME_CIPHERTEXT,
                        REFERRAL_ATTACHMENTS.MEDIA_TYPE,
                        REFERRAL_ATTACHMENTS.SIZE_BYTES,
                        REFERRAL_ATTACHMENTS.CREATED_AT,
                        REFERRAL_ATTACHMENTS.SEGMENT_COUNT,
                        REFERRAL_ATTACHMENTS.CONTENT_KEY_ID)
                .from(REFERRAL_ATTACHMENTS)
                .join(UPLOADER)
                .on(UPLOADER.ID.eq(REFERRAL_ATTACHMENTS.UPLOADER_TENANT_ID))
                .where(REFERRAL_ATTACHMENTS.ID.eq(attachmentId))
                .and(REFERRAL_ATTACHMENTS.REFERRAL_ID.eq(referralId))
                .and(REFERRAL_ATTACHMENTS.KEY_ID.isNotNull())
                .and(Tenancy.partyTo(
                        REFERRAL_ATTACHMENTS.SENDER_TENANT_ID, REFERRAL_ATTACHMENTS.RECEIVER_TENANT_ID, viewer))
                .fetchOptional(r -> stored(toAttachment(r), r));
    }

    /** The attachment with the number and form of its stored segments, from its row. */
    private static StoredAttachment stored(Attachment attachment, Record r) {
        return new StoredAttachment(attachment, segments(r), form(r));
    }

    /** How many stored segments the attachment's row says it has (one: its whole content). */
    static int segments(Record r) {
        return Optional.ofNullable(r.get(REFERRAL_ATTACHMENTS.SEGMENT_COUNT)).orElse(1);
    }

    /** The form of the attachment's stored content, from its row. */
    static StoredAttachment.Form form(Record r) {
        if (r.get(REFERRAL_ATTACHMENTS.SEGMENT_COUNT) == null) {
            return StoredAttachment.Form.WHOLE;
        }
        return r.get(REFERRAL_ATTACHMENTS.CONTENT_KEY_ID) == null
                ? StoredAttachment.Form.SEALED_SEGMENTS
                : StoredAttachment.Form.STREAM;
    }

    @Override
    public Optional<Sealed> segment(TenantId viewer, UUID referralId, UUID attachmentId, int index) {
        return storedSegment(
                database.dsl(),
                attachmentId,
                index,
                Tenancy.partyTo(
                        REFERRAL_ATTACHMENT_SEGMENTS.SENDER_TENANT_ID,
                        REFERRAL_ATTACHMENT_SEGMENTS.RECEIVER_TENANT_ID,
                        viewer),
                REFERRAL_ATTACHMENTS
                        .REFERRAL_ID
                        .eq(referralId)
                        .and(REFERRAL_ATTACHMENTS.KEY_ID.isNotNull())
                        .and(Tenancy.partyTo(
                                REFERRAL_ATTACHMENTS.SENDER_TENANT_ID,
                                REFERRAL_ATTACHMENTS.RECEIVER_TENANT_ID,
                                viewer)));
    }

    /**
     * Segment {@code index} of an attachment stored before streams (whole, or one sealed value per
     * segment row), read with {@code dsl}; the two conditions say who may read the segment rows and the
     * attachment ({@link DSL#noCondition()} for the system's re-keying).
     */
    static Optional<Sealed> storedSegment(
            DSLContext dsl, UUID attachmentId, int index, Condition segmentsReadable, Condition attachmentReadable) {
        return dsl.select(
                        REFERRAL_ATTACHMENTS.SEGMENT_COUNT,
                        REFERRAL_ATTACHMENTS.KEY_ID,
                        REFERRAL_ATTACHMENTS.CONTENT_CIPHERTEXT,
                        REFERRAL_ATTACHMENT_SEGMENTS.KEY_ID,
                        REFERRAL_ATTACHMENT_SEGMENTS.CIPHERTEXT)
                .from(REFERRAL_ATTACHMENTS)
                .leftJoin(REFERRAL_ATTACHMENT_SEGMENTS)
                .on(REFERRAL_ATTACHMENT_SEGMENTS.ATTACHMENT_ID.eq(REFERRAL_ATTACHMENTS.ID))
                .and(REFERRAL_ATTACHMENT_SEGMENTS.SEGMENT.eq(REFERRAL_ATTACHMENTS.FIRST_SEGMENT.plus(index)))
                .and(segmentsReadable)
                .where(REFERRAL_ATTACHMENTS.ID.eq(attachmentId))
                .and(attachmentReadable)
                .fetchOptional()
                .flatMap(r -> storedSegment(index, r));
    }

    /** The stored segment {@code index} of the row read: the whole value, or a segment row. */
    private static Optional<Sealed> storedSegment(int index, Record r) {
        Integer count = r.get(REFERRAL_ATTACHMENTS.SEGMENT_COUNT);
        if (count == null) {
            return index == 0
                    ? Optional.of(new Sealed(
                            r.get(REFERRAL_ATTACHMENTS.KEY_ID), r.get(REFERRAL_ATTACHMENTS.CONTENT_CIPHERTEXT)))
                    : Optional.empty();
        }
        byte[] ciphertext = r.get(REFERRAL_ATTACHMENT_SEGMENTS.CIPHERTEXT);
        if (index < 0 || index >= count || ciphertext == null) {
            return Optional.empty();
        }
        return Optional.of(new Sealed(r.get(REFERRAL_ATTACHMENT_SEGMENTS.KEY_ID), ciphertext));
    }

    @Override
    public InputStream opening(StoredAttachment stored, IntFunction<Sealed> segments) {
        return content.opening(stored.attachment().id(), stored.segments(), stored.form(), segments);
    }

    private Attachment toAttachment(Record r) {
        UUID id = r.get(REFERRAL_ATTACHMENTS.ID);
        String keyId = r.get(REFERRAL_ATTACHMENTS.KEY_ID);
        Optional<String> name = Optional.ofNullable(keyId)
                .map(k -> new String(
                        cipher.open(
                                new Sealed(k, r.get(REFERRAL_ATTACHMENTS.FILE_NAME_CIPHERTEXT)),
                                SealedColumns.ATTACHMENT_NAME.context(id)),
                        StandardCharsets.UTF_8));
        return new Attachment(
                id,
                new ReferralParty(
                        new TenantId(r.get(REFERRAL_ATTACHMENTS.UPLOADER_TENANT_ID)),
                        new TenantSlug(r.get(UPLOADER.SLUG))),
                r.get(REFERRAL_ATTACHMENTS.UPLOADER_NAME),
                name,
                r.get(REFERRAL_ATTACHMENTS.MEDIA_TYPE),
                r.get(REFERRAL_ATTACHMENTS.SIZE_BYTES),
                keyId == null,
                r.get(REFERRAL_ATTACHMENTS.CREATED_AT).toInstant());
    }
}

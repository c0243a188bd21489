package be.passerelle.persistence.referral;

import static be.passerelle.persistence.jooq.Tables.REFERRAL_ATTACHMENTS;
import static be.passerelle.persistence.jooq.Tables.REFERRAL_ATTACHMENT_SEGMENTS;

import be.passerelle.core.privacy.PersonalDataCipher;
import be.passerelle.core.privacy.Sealed;
import be.passerelle.core.referral.ReferralParties;
import be.passerelle.persistence.Database;
import be.passerelle.persistence.SealedColumns;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jooq.InsertSetMoreStep;

/**
 * Attachments stored as the code before Tink streams stored them, sealed by {@code cipher}: each
 * segment a value of its own, or (before segments) the whole content as one value. Call inside a
 * unit of work of the uploader (the sender).
 */
final class OldAttachmentForms {
    private final Database database;
    private final PersonalDataCipher cipher;

    OldAttachmentForms(Database database, PersonalDataCipher cipher) {
        this.database = database;
        this.cipher = cipher;
    }

    /** An attachment whose content is in segments, each sealed on its own. */
    void inSealedSegments(UUID id, UUID referral, ReferralParties parties, Instant at, String... segments) {
        int size = 0;
        for (int index = 0; index < segments.length; index++) {
            byte[] bytes = segments[index].getBytes(StandardCharsets.UTF_8);
            Sealed sealed = cipher.seal(
                    bytes, SealedColumns.ATTACHMENT_SEGMENT.context(id, index, index == segments.length - 1));
            database.dsl()
                    .insertInto(REFERRAL_ATTACHMENT_SEGMENTS)
                    .set(REFERRAL_ATTACHMENT_SEGMENTS.ATTACHMENT_ID, id)
                    .set(REFERRAL_ATTACHMENT_SEGMENTS.SEGMENT, index)
                    .set(
                            REFERRAL_ATTACHMENT_SEGMENTS.SENDER_TENANT_ID,
                            parties.sender().value())
                    .set(
                            REFERRAL_ATTACHMENT_SEGMENTS.RECEIVER_TENANT_ID,
                            parties.receiver().value())
                    .set(
                            REFERRAL_ATTACHMENT_SEGMENTS.UPLOADER_TENANT_ID,
                            parties.sender().value())
                    .set(REFERRAL_ATTACHMENT_SEGMENTS.KEY_ID, sealed.keyId())
                    .set(REFERRAL_ATTACHMENT_SEGMENTS.CIPHERTEXT, sealed.ciphertext())
                    .execute();
            size += bytes.length;
        }
        Sealed name =
                cipher.seal("segments.pdf".getBytes(StandardCharsets.UTF_8), SealedColumns.ATTACHMENT_NAME.context(id));
        insert(id, referral, parties, at, size, name)
                .set(REFERRAL_ATTACHMENTS.SEGMENT_COUNT, segments.length)
                .execute();
    }

    /** An attachment stored before segments: its name and whole content in its own row. */
    void whole(UUID id, UUID referral, ReferralParties parties, Instant at, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        Sealed name =
                cipher.seal("whole.pdf".getBytes(StandardCharsets.UTF_8), SealedColumns.ATTACHMENT_NAME.context(id));
        Sealed sealed = cipher.seal(bytes, SealedColumns.ATTACHMENT_CONTENT.context(id));
        if (!sealed.keyId().equals(name.keyId())) {
            throw new IllegalStateException("one key seals the name and the content");
        }
        insert(id, referral, parties, at, bytes.length, name)
                .set(REFERRAL_ATTACHMENTS.CONTENT_CIPHERTEXT, sealed.ciphertext())
                .execute();
    }

    private InsertSetMoreStep<?> insert(
            UUID id, UUID referral, ReferralParties parties, Instant at, int size, Sealed name) {
        return database.dsl()
                .insertInto(REFERRAL_ATTACHMENTS)
                .set(REFERRAL_ATTACHMENTS.ID, id)
                .set(REFERRAL_ATTACHMENTS.REFERRAL_ID, referral)
                .set(REFERRAL_ATTACHMENTS.SENDER_TENANT_ID, parties.sender().value())
                .set(REFERRAL_ATTACHMENTS.RECEIVER_TENANT_ID, parties.receiver().value())
                .set(REFERRAL_ATTACHMENTS.UPLOADER_TENANT_ID, parties.sender().value())
                .set(REFERRAL_ATTACHMENTS.UPLOADER_ID, "u")
                .set(REFERRAL_ATTACHMENTS.UPLOADER_NAME, "u")
                .set(REFERRAL_ATTACHMENTS.MEDIA_TYPE, "application/pdf")
                .set(REFERRAL_ATTACHMENTS.SIZE_BYTES, size)
                .set(REFERRAL_ATTACHMENTS.KEY_ID, name.keyId())
                .set(REFERRAL_ATTACHMENTS.FILE_NAME_CIPHERTEXT, name.ciphertext())
                .set(REFERRAL_ATTACHMENTS.CREATED_AT, at.atOffset(ZoneOffset.UTC));
    }
}

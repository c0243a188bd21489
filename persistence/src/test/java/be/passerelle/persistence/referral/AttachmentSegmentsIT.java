package be.passerelle.persistence.referral;

import static be.passerelle.core.testing.ReferralFixtures.aNewReferral;
import static be.passerelle.persistence.jooq.Tables.REFERRAL_ATTACHMENTS;
import static be.passerelle.persistence.jooq.Tables.REFERRAL_ATTACHMENT_SEGMENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.privacy.Sealed;
import be.passerelle.core.referral.AttachmentType;
import be.passerelle.core.referral.ReferralParties;
import be.passerelle.core.referral.StoredAttachment;
import be.passerelle.core.shared.SystemOperation;
import be.passerelle.core.shared.TenantId;
import be.passerelle.infra.crypto.AesGcmCipher;
import be.passerelle.infra.crypto.Keyring;
import be.passerelle.persistence.TestPersistence;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Attachment content in sealed segments: the two parties read each segment, nobody else does, and
 * a segment moved inside its file, copied from another file or left last by dropping those after
 * it does not open.
 */
class AttachmentSegmentsIT {
    private static final AesGcmCipher CIPHER =
            new AesGcmCipher(Keyring.parse("k1:" + Base64.getEncoder().encodeToString(new byte[32])));

    private final TestPersistence db = TestPersistence.shared();
    private final JooqAttachments attachments = new JooqAttachments(db.database, CIPHER);
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private TenantId sender;
    private TenantId receiver;
    private ReferralParties parties;
    private UUID referral;

    @BeforeEach
    void aReferral() {
        sender = db.newTenant("segments-sender");
        receiver = db.newTenant("segments-receiver");
        parties = new ReferralParties(sender, receiver);
        referral = UUID.randomUUID();
        JooqReferralStore referrals = new JooqReferralStore(db.database, CIPHER);
        db.unitOfWork.inTenant(
                sender,
                () -> referrals.insert(aNewReferral()
                        .id(referral)
                        .between(parties)
                        .at(now)
                        .withoutPersonalData()
                        .build()));
    }

    /** Leaves nothing sealed under this test's key for the re-encryption test sharing the database. */
    @AfterEach
    void eraseTheReferral() {
        db.unitOfWork.inSystem(
                SystemOperation.PERSONAL_DATA_ERASURE,
                () -> new JooqPersonalDataErasure(db.database).erase(referral, now));
    }

    @Test
    void the_two_parties_read_every_segment_and_a_third_tenant_none() {
        UUID id = store("%PDF-one", "two", "three");
        TenantId third = db.newTenant("segments-third");

        for (TenantId party : List.of(sender, receiver)) {
            StoredAttachment stored = db.unitOfWork
                    .inTenant(party, () -> attachments.find(party, referral, id))
                    .orElseThrow();
            assertThat(stored.segments()).isEqualTo(3);
            assertThat(stored.attachment().size()).isEqualTo(16);
            assertThat(text(party, id, 0)).contains("%PDF-one");
            assertThat(text(party, id, 1)).contains("two");
            assertThat(text(party, id, 2)).contains("three");
            assertThat(text(party, id, 3)).as("past the last segment").isEmpty();
        }
        assertThat(db.unitOfWork.inTenant(third, () -> attachments.find(third, referral, id)))
                .isEmpty();
        assertThat(text(third, id, 0)).isEmpty();
    }

    @Test
    void segments_swapped_inside_a_file_do_not_open() {
        UUID id = store("%PDF-one", "two", "three");
        byte[] first = ciphertext(id, 0);
        byte[] second = ciphertext(id, 1);
        setCiphertext(id, 0, second);
        setCiphertext(id, 1, first);

        assertThatThrownBy(() -> text(sender, id, 0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> text(sender, id, 1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_segment_copied_from_another_file_does_not_open() {
        UUID id = store("%PDF-mine", "end");
        UUID other = store("%PDF-other", "end");
        setCiphertext(id, 0, ciphertext(other, 0));

        assertThatThrownBy(() -> text(sender, id, 0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_file_cut_short_is_noticed() {
        UUID id = store("%PDF-one", "two", "three");
        db.unitOfWork.inSystem(
                SystemOperation.PERSONAL_DATA_ERASURE,
                () -> db.database
                        .dsl()
                        .deleteFrom(REFERRAL_ATTACHMENT_SEGMENTS)
                        .where(REFERRAL_ATTACHMENT_SEGMENTS.ATTACHMENT_ID.eq(id))
                        .and(REFERRAL_ATTACHMENT_SEGMENTS.SEGMENT.eq(2))
                        .execute());
        assertThat(text(sender, id, 2)).as("the missing segment").isEmpty();

        db.unitOfWork.inSystem(
                SystemOperation.PERSONAL_DATA_ERASURE,
                () -> db.database
                        .dsl()
                        .update(REFERRAL_ATTACHMENTS)
                        .set(REFERRAL_ATTACHMENTS.SEGMENT_COUNT, 2)
                        .where(REFERRAL_ATTACHMENTS.ID.eq(id))
                        .execute());
        assertThatThrownBy(() -> text(sender, id, 1))
                .as("segment 1 was not sealed as the last one")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void an_attachment_stored_before_segments_still_reads_as_one_segment() {
        UUID id = UUID.randomUUID();
        byte[] content = "%PDF-stored whole".getBytes(StandardCharsets.US_ASCII);
        Sealed name = CIPHER.seal("old.pdf".getBytes(StandardCharsets.UTF_8), "referral_attachments:" + id + ":name");
        Sealed sealed = CIPHER.seal(content, "referral_attachments:" + id + ":content");
        db.unitOfWork.inTenant(
                sender,
                () -> db.database
                        .dsl()
                        .insertInto(REFERRAL_ATTACHMENTS)
                        .set(REFERRAL_ATTACHMENTS.ID, id)
                        .set(REFERRAL_ATTACHMENTS.REFERRAL_ID, referral)
                        .set(REFERRAL_ATTACHMENTS.SENDER_TENANT_ID, sender.value())
                        .set(REFERRAL_ATTACHMENTS.RECEIVER_TENANT_ID, receiver.value())
                        .set(REFERRAL_ATTACHMENTS.UPLOADER_TENANT_ID, sender.value())
                        .set(REFERRAL_ATTACHMENTS.UPLOADER_ID, "u")
                        .set(REFERRAL_ATTACHMENTS.UPLOADER_NAME, "u")
                        .set(REFERRAL_ATTACHMENTS.MEDIA_TYPE, "application/pdf")
                        .set(REFERRAL_ATTACHMENTS.SIZE_BYTES, content.length)
                        .set(REFERRAL_ATTACHMENTS.KEY_ID, sealed.keyId())
                        .set(REFERRAL_ATTACHMENTS.FILE_NAME_CIPHERTEXT, name.ciphertext())
                        .set(REFERRAL_ATTACHMENTS.CONTENT_CIPHERTEXT, sealed.ciphertext())
                        .set(REFERRAL_ATTACHMENTS.CREATED_AT, now.atOffset(ZoneOffset.UTC))
                        .execute());

        StoredAttachment stored = db.unitOfWork
                .inTenant(receiver, () -> attachments.find(receiver, referral, id))
                .orElseThrow();
        assertThat(stored.segments()).isEqualTo(1);
        assertThat(stored.attachment().fileName()).contains("old.pdf");
        assertThat(text(receiver, id, 0)).contains("%PDF-stored whole");
        assertThat(text(receiver, id, 1)).isEmpty();
    }

    @Test
    void erasure_deletes_the_segments() {
        UUID id = store("%PDF-one", "two");
        db.unitOfWork.inSystem(
                SystemOperation.PERSONAL_DATA_ERASURE,
                () -> new JooqPersonalDataErasure(db.database).erase(referral, now));

        assertThat(db.unitOfWork.inTenant(sender, () -> attachments.find(sender, referral, id)))
                .isEmpty();
        assertThat(text(sender, id, 0)).isEmpty();
        assertThat(db.unitOfWork.inSystem(
                        SystemOperation.PERSONAL_DATA_ERASURE,
                        () -> db.database
                                .dsl()
                                .fetchCount(
                                        REFERRAL_ATTACHMENT_SEGMENTS,
                                        REFERRAL_ATTACHMENT_SEGMENTS.ATTACHMENT_ID.eq(id))))
                .isZero();
    }

    private UUID store(String... segments) {
        UUID id = UUID.randomUUID();
        Actor actor = new Actor("u", "u", Optional.of(sender));
        db.unitOfWork.inTenant(sender, () -> {
            int size = 0;
            for (int i = 0; i < segments.length; i++) {
                byte[] bytes = segments[i].getBytes(StandardCharsets.US_ASCII);
                attachments.addSegment(id, parties, sender, i, i == segments.length - 1, bytes);
                size += bytes.length;
            }
            attachments.add(
                    id, referral, parties, sender, actor, "f.pdf", AttachmentType.PDF, size, segments.length, now);
            return null;
        });
        return id;
    }

    private Optional<String> text(TenantId viewer, UUID id, int index) {
        return db.unitOfWork
                .inTenant(viewer, () -> attachments.segment(viewer, referral, id, index))
                .map(bytes -> new String(bytes, StandardCharsets.US_ASCII));
    }

    private byte[] ciphertext(UUID id, int index) {
        return db.unitOfWork.inSystem(
                SystemOperation.PERSONAL_DATA_REKEY,
                () -> db.database
                        .dsl()
                        .select(REFERRAL_ATTACHMENT_SEGMENTS.CIPHERTEXT)
                        .from(REFERRAL_ATTACHMENT_SEGMENTS)
                        .where(REFERRAL_ATTACHMENT_SEGMENTS.ATTACHMENT_ID.eq(id))
                        .and(REFERRAL_ATTACHMENT_SEGMENTS.SEGMENT.eq(index))
                        .fetchSingle(REFERRAL_ATTACHMENT_SEGMENTS.CIPHERTEXT));
    }

    private void setCiphertext(UUID id, int index, byte[] ciphertext) {
        db.unitOfWork.inSystem(
                SystemOperation.PERSONAL_DATA_REKEY,
                () -> db.database
                        .dsl()
                        .update(REFERRAL_ATTACHMENT_SEGMENTS)
                        .set(REFERRAL_ATTACHMENT_SEGMENTS.CIPHERTEXT, ciphertext)
                        .where(REFERRAL_ATTACHMENT_SEGMENTS.ATTACHMENT_ID.eq(id))
                        .and(REFERRAL_ATTACHMENT_SEGMENTS.SEGMENT.eq(index))
                        .execute());
    }
}

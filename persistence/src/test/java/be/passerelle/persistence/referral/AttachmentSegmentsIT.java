package be.passerelle.persistence.referral;

import static be.passerelle.core.testing.ReferralFixtures.aNewReferral;
import static be.passerelle.persistence.jooq.Tables.REFERRAL_ATTACHMENTS;
import static be.passerelle.persistence.jooq.Tables.REFERRAL_ATTACHMENT_SEGMENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.referral.AttachmentType;
import be.passerelle.core.referral.ReferralParties;
import be.passerelle.core.referral.StoredAttachment;
import be.passerelle.core.shared.NotFound;
import be.passerelle.core.shared.SystemOperation;
import be.passerelle.core.shared.TenantId;
import be.passerelle.infra.crypto.AesGcmCipher;
import be.passerelle.infra.crypto.DevelopmentKeysets;
import be.passerelle.infra.crypto.Keyring;
import be.passerelle.infra.crypto.TinkPersonalDataCipher;
import be.passerelle.infra.crypto.TinkStreamSealer;
import be.passerelle.persistence.TestPersistence;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Attachment content sealed as one Tink stream cut into segment rows: the two parties read it,
 * nobody else does, and rows swapped inside the file, copied from another file or dropped from the
 * end do not open. Content stored in the forms before streams still reads.
 */
class AttachmentSegmentsIT {
    private static final AesGcmCipher LEGACY =
            new AesGcmCipher(Keyring.parse("k1:" + Base64.getEncoder().encodeToString(new byte[32])));
    private static final TinkPersonalDataCipher CIPHER =
            TinkPersonalDataCipher.withLegacy(DevelopmentKeysets.fields(), LEGACY);
    private static final TinkStreamSealer SEALER = new TinkStreamSealer(DevelopmentKeysets.streams());

    private final TestPersistence db = TestPersistence.shared();
    private final JooqAttachments attachments = new JooqAttachments(db.database, CIPHER, SEALER);
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
    void the_two_parties_read_the_content_and_a_third_tenant_none() throws IOException {
        byte[] content = randomPdf(200_000);
        UUID id = store(content);
        TenantId third = db.newTenant("segments-third");

        for (TenantId party : List.of(sender, receiver)) {
            StoredAttachment stored = find(party, id).orElseThrow();
            assertThat(stored.form()).isEqualTo(StoredAttachment.Form.STREAM);
            assertThat(stored.segments())
                    .as("200 000 bytes and Tink's tags in rows of 64 KiB")
                    .isEqualTo(4);
            assertThat(stored.attachment().size()).isEqualTo(content.length);
            assertThat(read(party, stored)).isEqualTo(content);
        }
        assertThat(find(third, id)).isEmpty();
        assertThat(db.unitOfWork.inTenant(third, () -> attachments.segment(third, referral, id, 0)))
                .isEmpty();
    }

    @Test
    void the_rows_hold_ciphertext_under_the_stream_key() {
        byte[] content = "%PDF-a clear marker".getBytes(StandardCharsets.US_ASCII);
        UUID id = store(content);

        assertThat(new String(ciphertext(id, 0), StandardCharsets.ISO_8859_1)).doesNotContain("clear marker");
        assertThat(db.unitOfWork.inTenant(sender, () -> attachments.segment(sender, referral, id, 0)))
                .hasValueSatisfying(row -> assertThat(row.keyId()).isEqualTo(SEALER.currentKeyId()));
    }

    @Test
    void rows_swapped_inside_a_file_do_not_open() {
        UUID id = store(randomPdf(200_000));
        byte[] first = ciphertext(id, 1);
        byte[] second = ciphertext(id, 2);
        setCiphertext(id, 1, second);
        setCiphertext(id, 2, first);

        assertThatThrownBy(() -> read(sender, find(sender, id).orElseThrow())).isInstanceOf(IOException.class);
    }

    @Test
    void a_row_copied_from_another_file_does_not_open() {
        UUID id = store(randomPdf(100_000));
        UUID other = store(randomPdf(100_000));
        setCiphertext(id, 0, ciphertext(other, 0));

        assertThatThrownBy(() -> read(sender, find(sender, id).orElseThrow())).isInstanceOf(IOException.class);
    }

    @Test
    void a_file_cut_short_is_noticed() {
        UUID id = store(randomPdf(200_000));
        db.unitOfWork.inSystem(SystemOperation.PERSONAL_DATA_ERASURE, () -> {
            db.database
                    .dsl()
                    .deleteFrom(REFERRAL_ATTACHMENT_SEGMENTS)
                    .where(REFERRAL_ATTACHMENT_SEGMENTS.ATTACHMENT_ID.eq(id))
                    .and(REFERRAL_ATTACHMENT_SEGMENTS.SEGMENT.eq(3))
                    .execute();
            return db.database
                    .dsl()
                    .update(REFERRAL_ATTACHMENTS)
                    .set(REFERRAL_ATTACHMENTS.SEGMENT_COUNT, 3)
                    .where(REFERRAL_ATTACHMENTS.ID.eq(id))
                    .execute();
        });

        assertThatThrownBy(() -> read(sender, find(sender, id).orElseThrow()))
                .as("the stream does not end where it was sealed to end")
                .isInstanceOf(IOException.class);
    }

    @Test
    void content_sealed_segment_by_segment_before_streams_still_reads() throws IOException {
        UUID id = UUID.randomUUID();
        db.unitOfWork.inTenant(sender, () -> {
            new OldAttachmentForms(db.database, LEGACY).inSealedSegments(id, referral, parties, now, "%PDF-one", "two");
            return null;
        });

        StoredAttachment stored = find(receiver, id).orElseThrow();
        assertThat(stored.form()).isEqualTo(StoredAttachment.Form.SEALED_SEGMENTS);
        assertThat(stored.attachment().fileName()).contains("segments.pdf");
        assertThat(new String(read(receiver, stored), StandardCharsets.UTF_8)).isEqualTo("%PDF-onetwo");

        byte[] first = ciphertext(id, 0);
        setCiphertext(id, 0, ciphertext(id, 1));
        setCiphertext(id, 1, first);
        assertThatThrownBy(() -> read(receiver, stored))
                .as("segments swapped")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void content_stored_whole_before_segments_still_reads() throws IOException {
        UUID id = UUID.randomUUID();
        db.unitOfWork.inTenant(sender, () -> {
            new OldAttachmentForms(db.database, LEGACY).whole(id, referral, parties, now, "%PDF-stored whole");
            return null;
        });

        StoredAttachment stored = find(receiver, id).orElseThrow();
        assertThat(stored.form()).isEqualTo(StoredAttachment.Form.WHOLE);
        assertThat(stored.segments()).isEqualTo(1);
        assertThat(stored.attachment().fileName()).contains("whole.pdf");
        assertThat(new String(read(receiver, stored), StandardCharsets.UTF_8)).isEqualTo("%PDF-stored whole");
    }

    @Test
    void erasure_deletes_the_segments() {
        UUID id = store(randomPdf(100_000));
        db.unitOfWork.inSystem(
                SystemOperation.PERSONAL_DATA_ERASURE,
                () -> new JooqPersonalDataErasure(db.database).erase(referral, now));

        assertThat(find(sender, id)).isEmpty();
        assertThat(db.unitOfWork.inTenant(sender, () -> attachments.segment(sender, referral, id, 0)))
                .isEmpty();
        assertThat(db.unitOfWork.inSystem(
                        SystemOperation.PERSONAL_DATA_ERASURE,
                        () -> db.database
                                .dsl()
                                .fetchCount(
                                        REFERRAL_ATTACHMENT_SEGMENTS,
                                        REFERRAL_ATTACHMENT_SEGMENTS.ATTACHMENT_ID.eq(id))))
                .isZero();
    }

    private static byte[] randomPdf(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 5);
        return bytes;
    }

    private UUID store(byte[] content) {
        UUID id = UUID.randomUUID();
        Actor actor = new Actor("u", "u", Optional.of(sender));
        db.unitOfWork.inTenant(sender, () -> {
            try (OutputStream out = attachments.newContent(id, parties, sender)) {
                out.write(content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            attachments.add(id, referral, parties, sender, actor, "f.pdf", AttachmentType.PDF, content.length, now);
            return null;
        });
        return id;
    }

    private Optional<StoredAttachment> find(TenantId viewer, UUID id) {
        return db.unitOfWork.inTenant(viewer, () -> attachments.find(viewer, referral, id));
    }

    /** The content as a download reads it: each stored segment in its own unit of work. */
    private byte[] read(TenantId viewer, StoredAttachment stored) throws IOException {
        UUID id = stored.attachment().id();
        try (InputStream in = attachments.opening(
                stored,
                index -> db.unitOfWork
                        .inTenant(viewer, () -> attachments.segment(viewer, referral, id, index))
                        .orElseThrow(() -> new NotFound("attachment content")))) {
            return in.readAllBytes();
        }
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

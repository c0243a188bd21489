package be.passerelle.persistence.referral;

import static be.passerelle.core.testing.ReferralFixtures.aNewReferral;
import static be.passerelle.core.testing.ReferralFixtures.aPersonalData;
import static be.passerelle.persistence.jooq.Tables.REFERRAL_ATTACHMENTS;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.idempotency.IdempotencyStore;
import be.passerelle.core.idempotency.StoredResponse;
import be.passerelle.core.privacy.ReencryptPersonalData;
import be.passerelle.core.privacy.Sealed;
import be.passerelle.core.referral.AttachmentType;
import be.passerelle.core.referral.NewReferralEvent;
import be.passerelle.core.referral.NewReferralMessage;
import be.passerelle.core.referral.Referral;
import be.passerelle.core.referral.ReferralParties;
import be.passerelle.core.referral.ReferralState;
import be.passerelle.core.shared.PageRequest;
import be.passerelle.core.shared.SystemOperation;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.webhook.WebhookEndpoint;
import be.passerelle.core.webhook.WebhookEventType;
import be.passerelle.core.webhook.WebhookSecret;
import be.passerelle.infra.crypto.AesGcmCipher;
import be.passerelle.infra.crypto.Keyring;
import be.passerelle.persistence.SealedColumns;
import be.passerelle.persistence.SealedColumns.SealedColumn;
import be.passerelle.persistence.TestPersistence;
import be.passerelle.persistence.idempotency.IdempotencyPersistenceConfiguration;
import be.passerelle.persistence.webhook.WebhookPersistenceConfiguration;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Key rotation: values sealed with the old key move to the new one, then open without the old key. */
class RekeyingIT {
    private static final String OLD = "old:" + Base64.getEncoder().encodeToString(bytes(1));
    private static final String NEW = "new:" + Base64.getEncoder().encodeToString(bytes(2));

    private static byte[] bytes(int seed) {
        byte[] key = new byte[32];
        new Random(seed).nextBytes(key);
        return key;
    }

    @Test
    void after_rotation_the_job_moves_every_value_to_the_current_key_and_the_old_key_can_go() {
        TestPersistence db = TestPersistence.shared();
        TenantId sender = db.newTenant("rekey-sender");
        TenantId receiver = db.newTenant("rekey-receiver");
        ReferralParties parties = new ReferralParties(sender, receiver);
        JooqReferralStore before = new JooqReferralStore(db.database, new AesGcmCipher(Keyring.parse(OLD)));
        JooqReferralTimeline timelineBefore =
                new JooqReferralTimeline(db.database, new AesGcmCipher(Keyring.parse(OLD)));
        JooqAttachments attachmentsBefore = new JooqAttachments(db.database, new AesGcmCipher(Keyring.parse(OLD)));
        IdempotencyStore replaysBefore = new IdempotencyPersistenceConfiguration()
                .idempotencyStore(db.database, new AesGcmCipher(Keyring.parse(OLD)));
        String replayKey = "rekey-" + UUID.randomUUID();
        UUID legacy = UUID.randomUUID();
        UUID id = UUID.randomUUID();
        UUID attachment = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Actor actor = new Actor("u", "u", Optional.of(sender));
        db.unitOfWork.inTenant(sender, () -> {
            before.insert(aNewReferral().id(id).between(parties).at(now).build());
            timelineBefore.appendEvent(new NewReferralEvent(
                    UUID.randomUUID(),
                    id,
                    parties,
                    "create",
                    Optional.empty(),
                    ReferralState.SENT,
                    actor,
                    sender,
                    Optional.of("a note"),
                    Optional.empty(),
                    now));
            timelineBefore.addMessage(
                    new NewReferralMessage(UUID.randomUUID(), id, parties, sender, actor, "a message", now));
            attachmentsBefore.addSegment(attachment, parties, sender, 0, false, "%PDF-first".getBytes(UTF_8));
            attachmentsBefore.addSegment(attachment, parties, sender, 1, true, "second".getBytes(UTF_8));
            attachmentsBefore.add(attachment, id, parties, sender, actor, "scan.pdf", AttachmentType.PDF, 16, 2, now);
            storeBeforeSegments(db, legacy, id, parties, now);
            replaysBefore.claim(sender, replayKey, "create-referral", new byte[] {7}, now, now.minusSeconds(60), now);
            replaysBefore.complete(
                    sender, replayKey, new StoredResponse(201, "the response".getBytes(UTF_8), Optional.of(id)), now);
            new WebhookPersistenceConfiguration()
                    .webhookEndpoints(db.database, new AesGcmCipher(Keyring.parse(OLD)))
                    .add(
                            new WebhookEndpoint(
                                    UUID.randomUUID(),
                                    Optional.of(sender),
                                    URI.create("https://hooks.example.org/rekey"),
                                    Set.of(WebhookEventType.REFERRAL_RECEIVED),
                                    false,
                                    Optional.empty(),
                                    Optional.empty(),
                                    now),
                            new WebhookSecret(WebhookSecret.PREFIX + "c2VjcmV0"),
                            "rekeying-test");
            return null;
        });
        for (SealedColumn column : SealedColumns.ALL) {
            assertThat(rowsUnder(column, "old"))
                    .as(column + " holds a value under the old key")
                    .isPositive();
        }

        AesGcmCipher rotated = new AesGcmCipher(Keyring.parse(NEW + "," + OLD));
        ReencryptPersonalData job = new ReencryptPersonalData(db.unitOfWork, new JooqRekeying(db.database, rotated));
        assertThat(job.run(10_000))
                .as("referral, note, message, attachment name, two segments")
                .isGreaterThanOrEqualTo(6);
        assertThat(job.run(10_000)).as("nothing left under the old key").isZero();
        for (SealedColumn column : SealedColumns.ALL) {
            assertThat(rowsUnder(column, "old"))
                    .as(column + " left under the old key")
                    .isZero();
        }

        JooqReferralStore after = new JooqReferralStore(db.database, new AesGcmCipher(Keyring.parse(NEW)));
        JooqReferralTimeline timelineAfter =
                new JooqReferralTimeline(db.database, new AesGcmCipher(Keyring.parse(NEW)));
        Referral read =
                db.unitOfWork.inTenant(receiver, () -> after.find(receiver, id)).orElseThrow();
        assertThat(read.facts().personalData()).contains(aPersonalData());
        assertThat(db.unitOfWork
                        .inTenant(receiver, () -> timelineAfter.events(receiver, id))
                        .get(0)
                        .note())
                .contains("a note");
        assertThat(db.unitOfWork
                        .inTenant(receiver, () -> timelineAfter.messages(receiver, id, PageRequest.first(10)))
                        .items()
                        .get(0)
                        .body())
                .contains("a message");
        JooqAttachments attachmentsAfter = new JooqAttachments(db.database, new AesGcmCipher(Keyring.parse(NEW)));
        assertThat(db.unitOfWork
                        .inTenant(receiver, () -> attachmentsAfter.find(receiver, id, attachment))
                        .orElseThrow()
                        .attachment()
                        .fileName())
                .contains("scan.pdf");
        assertThat(db.unitOfWork.inTenant(receiver, () -> attachmentsAfter.segment(receiver, id, attachment, 0)))
                .hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo("%PDF-first".getBytes(UTF_8)));
        assertThat(db.unitOfWork.inTenant(receiver, () -> attachmentsAfter.segment(receiver, id, attachment, 1)))
                .hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo("second".getBytes(UTF_8)));
        assertThat(db.unitOfWork.inTenant(receiver, () -> attachmentsAfter.segment(receiver, id, legacy, 0)))
                .hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo("%PDF-whole".getBytes(UTF_8)));
        IdempotencyStore replaysAfter = new IdempotencyPersistenceConfiguration()
                .idempotencyStore(db.database, new AesGcmCipher(Keyring.parse(NEW)));
        assertThat(db.unitOfWork.inTenant(
                        sender,
                        () -> replaysAfter.claim(
                                sender, replayKey, "create-referral", new byte[] {7}, now, now.minusSeconds(60), now)))
                .isInstanceOfSatisfying(
                        IdempotencyStore.Completed.class,
                        replay -> assertThat(replay.response().body()).isEqualTo("the response".getBytes(UTF_8)));
        assertThatThrownBy(() ->
                        db.unitOfWork.inTenant(receiver, () -> attachmentsBefore.segment(receiver, id, attachment, 0)))
                .as("the old key alone no longer opens the segments")
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> db.unitOfWork.inTenant(receiver, () -> before.find(receiver, id)))
                .as("the old key alone no longer opens the data")
                .isInstanceOf(IllegalStateException.class);
    }

    /** Rows of the column's table whose value is sealed under {@code keyId} (read as the system role). */
    private static int rowsUnder(SealedColumn column, String keyId) {
        TestPersistence db = TestPersistence.shared();
        return db.unitOfWork.inSystem(
                SystemOperation.PERSONAL_DATA_REKEY,
                () -> db.database
                        .dsl()
                        .fetchCount(
                                column.table(),
                                column.keyId().eq(keyId).and(column.ciphertext().isNotNull())));
    }

    /** An attachment as stored before segments: name and whole content in the attachment's row. */
    private static void storeBeforeSegments(
            TestPersistence db, UUID attachment, UUID referral, ReferralParties parties, Instant now) {
        AesGcmCipher old = new AesGcmCipher(Keyring.parse(OLD));
        Sealed name = old.seal("old.pdf".getBytes(UTF_8), SealedColumns.ATTACHMENT_NAME.context(attachment));
        Sealed content = old.seal("%PDF-whole".getBytes(UTF_8), SealedColumns.ATTACHMENT_CONTENT.context(attachment));
        db.database
                .dsl()
                .insertInto(REFERRAL_ATTACHMENTS)
                .set(REFERRAL_ATTACHMENTS.ID, attachment)
                .set(REFERRAL_ATTACHMENTS.REFERRAL_ID, referral)
                .set(REFERRAL_ATTACHMENTS.SENDER_TENANT_ID, parties.sender().value())
                .set(REFERRAL_ATTACHMENTS.RECEIVER_TENANT_ID, parties.receiver().value())
                .set(REFERRAL_ATTACHMENTS.UPLOADER_TENANT_ID, parties.sender().value())
                .set(REFERRAL_ATTACHMENTS.UPLOADER_ID, "u")
                .set(REFERRAL_ATTACHMENTS.UPLOADER_NAME, "u")
                .set(REFERRAL_ATTACHMENTS.MEDIA_TYPE, "application/pdf")
                .set(REFERRAL_ATTACHMENTS.SIZE_BYTES, 10)
                .set(REFERRAL_ATTACHMENTS.KEY_ID, name.keyId())
                .set(REFERRAL_ATTACHMENTS.FILE_NAME_CIPHERTEXT, name.ciphertext())
                .set(REFERRAL_ATTACHMENTS.CONTENT_CIPHERTEXT, content.ciphertext())
                .set(REFERRAL_ATTACHMENTS.CREATED_AT, now.atOffset(ZoneOffset.UTC))
                .execute();
    }
}

package be.passerelle.persistence.referral;

import static be.passerelle.core.testing.ReferralFixtures.aNewReferral;
import static be.passerelle.core.testing.ReferralFixtures.aPersonalData;
import static be.passerelle.persistence.jooq.Tables.REFERRAL_ATTACHMENTS;
import static be.passerelle.persistence.jooq.Tables.REFERRAL_ATTACHMENT_SEGMENTS;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.idempotency.IdempotencyStore;
import be.passerelle.core.idempotency.StoredResponse;
import be.passerelle.core.privacy.PersonalDataCipher;
import be.passerelle.core.privacy.ReencryptPersonalData;
import be.passerelle.core.privacy.Sealed;
import be.passerelle.core.privacy.StreamSealer;
import be.passerelle.core.referral.AttachmentType;
import be.passerelle.core.referral.NewReferralEvent;
import be.passerelle.core.referral.NewReferralMessage;
import be.passerelle.core.referral.Referral;
import be.passerelle.core.referral.ReferralParties;
import be.passerelle.core.referral.ReferralState;
import be.passerelle.core.referral.StoredAttachment;
import be.passerelle.core.shared.NotFound;
import be.passerelle.core.shared.PageRequest;
import be.passerelle.core.shared.SystemOperation;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.webhook.WebhookEndpoint;
import be.passerelle.core.webhook.WebhookEndpoints;
import be.passerelle.core.webhook.WebhookEventType;
import be.passerelle.core.webhook.WebhookSecret;
import be.passerelle.infra.crypto.AesGcmCipher;
import be.passerelle.infra.crypto.DevelopmentKeysets;
import be.passerelle.infra.crypto.Keyring;
import be.passerelle.infra.crypto.TinkPersonalDataCipher;
import be.passerelle.infra.crypto.TinkStreamSealer;
import be.passerelle.persistence.SealedColumns;
import be.passerelle.persistence.SealedColumns.SealedColumn;
import be.passerelle.persistence.TestPersistence;
import be.passerelle.persistence.idempotency.IdempotencyPersistenceConfiguration;
import be.passerelle.persistence.webhook.WebhookPersistenceConfiguration;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Record;
import org.junit.jupiter.api.Test;

/**
 * Moving to Tink and rotating its keys: values of the format before Tink (the keyring's AES-GCM,
 * attachments in sealed segments or whole) and values under an older Tink key sit in every sealed
 * column; the job re-seals them in batches, after which none is left in an old format or under an
 * old key, everything reads back, and the old keys can go.
 */
class RekeyingIT {
    private static final String OLD_RING = "old:" + Base64.getEncoder().encodeToString(bytes(1));
    private static final AesGcmCipher LEGACY = new AesGcmCipher(Keyring.parse(OLD_RING));
    private static final KeysetHandle FIELDS = DevelopmentKeysets.fields();
    private static final KeysetHandle STREAMS = DevelopmentKeysets.streams();
    /** The keysets after a new primary key was added (index 1); index 0 is the development key. */
    private static final KeysetHandle ROTATED_FIELDS = withNewPrimary(FIELDS, PredefinedAeadParameters.AES256_GCM);

    private static final KeysetHandle ROTATED_STREAMS =
            withNewPrimary(STREAMS, PredefinedStreamingAeadParameters.AES256_GCM_HKDF_4KB);

    private static byte[] bytes(int seed) {
        byte[] key = new byte[32];
        new Random(seed).nextBytes(key);
        return key;
    }

    private final TestPersistence db = TestPersistence.shared();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    /** What one set of values was sealed with, and the ids to read it back by. */
    private record Seeded(
            UUID referral,
            String replayKey,
            Optional<UUID> streamed,
            UUID inSegments,
            UUID whole,
            byte[] streamedContent) {}

    @Test
    void the_job_moves_both_formats_and_older_tink_keys_to_the_current_keys_and_the_old_keys_can_go() {
        TenantId sender = db.newTenant("rekey-sender");
        TenantId receiver = db.newTenant("rekey-receiver");
        ReferralParties parties = new ReferralParties(sender, receiver);
        Seeded legacy = seed(parties, LEGACY, new TinkStreamSealer(STREAMS), false);
        Seeded tink = seed(parties, TinkPersonalDataCipher.of(FIELDS), new TinkStreamSealer(STREAMS), true);

        Map<String, Integer> before = oldFormatCounts();
        for (SealedColumn column : SealedColumns.FIELDS) {
            assertThat(before.get(column + " before Tink"))
                    .as(column + " holds a value of the format before Tink")
                    .isPositive();
            assertThat(before.get(column + " older Tink key"))
                    .as(column + " holds a value under the older Tink key")
                    .isPositive();
        }
        assertThat(before.get("attachments in sealed segments"))
                .as("one per cipher")
                .isEqualTo(2);
        assertThat(before.get("attachments whole")).as("one per cipher").isEqualTo(2);
        assertThat(before.get("attachments under the older stream key")).isEqualTo(1);
        System.out.println("RekeyingIT values in an old format before the job: " + before);

        PersonalDataCipher rotated = TinkPersonalDataCipher.withLegacy(ROTATED_FIELDS, LEGACY);
        StreamSealer rotatedStreams = new TinkStreamSealer(ROTATED_STREAMS);
        ReencryptPersonalData job =
                new ReencryptPersonalData(db.unitOfWork, new JooqRekeying(db.database, rotated, rotatedStreams));
        int runs = 0;
        int moved = 0;
        for (int batch = job.run(2); batch > 0; batch = job.run(2)) {
            moved += batch;
            runs++;
        }
        assertThat(runs).as("batches of two rows per table").isGreaterThan(1);
        assertThat(moved)
                .as("rows: 2 × (referral, note, message, webhook, previous webhook secret, replay) + 2 + 3"
                        + " attachment names; attachment contents re-streamed: 2 + 3")
                .isEqualTo(2 * 6 + 2 + 3 + 2 + 3);

        Map<String, Integer> after = oldFormatCounts();
        System.out.println(
                "RekeyingIT values in an old format after the job (" + runs + " runs, " + moved + " moved): " + after);
        assertThat(after).allSatisfy((form, count) -> assertThat(count).as(form).isZero());

        // The old keys go: the ring before Tink, and the older key of each keyset.
        PersonalDataCipher newOnly = TinkPersonalDataCipher.of(withoutFirst(ROTATED_FIELDS));
        StreamSealer newStreamsOnly = new TinkStreamSealer(withoutFirst(ROTATED_STREAMS));
        assertThat(openEverySealedField(newOnly))
                .as("2 × (citizen, summary, note, message, webhook secret, previous webhook secret, replay) + 2 + 3"
                        + " attachment names")
                .isEqualTo(2 * 7 + 2 + 3);
        for (Seeded seeded : List.of(legacy, tink)) {
            readBack(seeded, receiver, sender, newOnly, newStreamsOnly);
        }
        JooqReferralStore oldKeysOnly =
                new JooqReferralStore(db.database, TinkPersonalDataCipher.withLegacy(FIELDS, LEGACY));
        assertThatThrownBy(() -> db.unitOfWork.inTenant(receiver, () -> oldKeysOnly.find(receiver, tink.referral())))
                .as("the old keys alone no longer open the data")
                .isInstanceOf(IllegalStateException.class);
    }

    /**
     * A referral with a note, a message, attachments (one per content form the cipher knows: Tink
     * also a stream), a replay and a webhook.
     */
    private Seeded seed(ReferralParties parties, PersonalDataCipher cipher, StreamSealer sealer, boolean tink) {
        TenantId sender = parties.sender();
        UUID id = UUID.randomUUID();
        UUID streamed = UUID.randomUUID();
        UUID inSegments = UUID.randomUUID();
        UUID whole = UUID.randomUUID();
        String replayKey = "rekey-" + UUID.randomUUID();
        byte[] content = new byte[150_000];
        new Random(7).nextBytes(content);
        System.arraycopy("%PDF-".getBytes(UTF_8), 0, content, 0, 5);
        Actor actor = new Actor("u", "u", Optional.of(sender));
        JooqAttachments attachments = new JooqAttachments(db.database, cipher, sealer);
        IdempotencyStore replays = new IdempotencyPersistenceConfiguration().idempotencyStore(db.database, cipher);
        db.unitOfWork.inTenant(sender, () -> {
            new JooqReferralStore(db.database, cipher)
                    .insert(aNewReferral().id(id).between(parties).at(now).build());
            JooqReferralTimeline timeline = new JooqReferralTimeline(db.database, cipher);
            timeline.appendEvent(new NewReferralEvent(
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
                    now,
                    Optional.empty()));
            timeline.addMessage(
                    new NewReferralMessage(UUID.randomUUID(), id, parties, sender, actor, "a message", now));
            if (tink) {
                // a stream under the older stream key (the format before Tink had none)
                try (OutputStream out = attachments.newContent(streamed, parties, sender)) {
                    out.write(content);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                attachments.add(
                        streamed, id, parties, sender, actor, "scan.pdf", AttachmentType.PDF, content.length, now);
            }
            // the two forms of content before streams, sealed by this cipher
            OldAttachmentForms old = new OldAttachmentForms(db.database, cipher);
            old.inSealedSegments(inSegments, id, parties, now, "%PDF-first", "second");
            old.whole(whole, id, parties, now, "%PDF-whole");
            replays.claim(sender, replayKey, "create-referral", new byte[] {7}, now, now.minusSeconds(60), now);
            replays.complete(
                    sender, replayKey, new StoredResponse(201, "the response".getBytes(UTF_8), Optional.of(id)), now);
            WebhookEndpoints webhooks = new WebhookPersistenceConfiguration().webhookEndpoints(db.database, cipher);
            UUID webhook = UUID.randomUUID();
            webhooks.add(
                    new WebhookEndpoint(
                            webhook,
                            Optional.of(sender),
                            URI.create("https://hooks.example.org/rekey"),
                            Set.of(WebhookEventType.REFERRAL_RECEIVED),
                            false,
                            Optional.empty(),
                            Optional.empty(),
                            now),
                    new WebhookSecret(WebhookSecret.PREFIX + "c2VjcmV0"),
                    "rekeying-test");
            // a rotated secret: the previous one is sealed too, in its own column
            webhooks.rotateSecret(
                    Optional.of(sender),
                    webhook,
                    new WebhookSecret(WebhookSecret.PREFIX + "bmV3LXNlY3JldA=="),
                    now.plusSeconds(3600));
            return null;
        });
        return new Seeded(id, replayKey, tink ? Optional.of(streamed) : Optional.empty(), inSegments, whole, content);
    }

    private void readBack(
            Seeded seeded, TenantId receiver, TenantId sender, PersonalDataCipher cipher, StreamSealer sealer) {
        Referral read = db.unitOfWork
                .inTenant(receiver, () -> new JooqReferralStore(db.database, cipher).find(receiver, seeded.referral()))
                .orElseThrow();
        assertThat(read.facts().personalData()).contains(aPersonalData());
        JooqReferralTimeline timeline = new JooqReferralTimeline(db.database, cipher);
        assertThat(db.unitOfWork
                        .inTenant(receiver, () -> timeline.events(receiver, seeded.referral()))
                        .get(0)
                        .note())
                .contains("a note");
        assertThat(db.unitOfWork
                        .inTenant(receiver, () -> timeline.messages(receiver, seeded.referral(), PageRequest.first(10)))
                        .items()
                        .get(0)
                        .body())
                .contains("a message");
        JooqAttachments attachments = new JooqAttachments(db.database, cipher, sealer);
        seeded.streamed()
                .ifPresent(streamed -> assertThat(content(attachments, receiver, seeded.referral(), streamed))
                        .isEqualTo(seeded.streamedContent()));
        assertThat(new String(content(attachments, receiver, seeded.referral(), seeded.inSegments()), UTF_8))
                .isEqualTo("%PDF-firstsecond");
        assertThat(new String(content(attachments, receiver, seeded.referral(), seeded.whole()), UTF_8))
                .isEqualTo("%PDF-whole");
        IdempotencyStore replays = new IdempotencyPersistenceConfiguration().idempotencyStore(db.database, cipher);
        assertThat(db.unitOfWork.inTenant(
                        sender,
                        () -> replays.claim(
                                sender,
                                seeded.replayKey(),
                                "create-referral",
                                new byte[] {7},
                                now,
                                now.minusSeconds(60),
                                now)))
                .isInstanceOfSatisfying(
                        IdempotencyStore.Completed.class,
                        replay -> assertThat(replay.response().body()).isEqualTo("the response".getBytes(UTF_8)));
    }

    /** The attachment's content as a download reads it, after checking it is now one Tink stream. */
    private byte[] content(JooqAttachments attachments, TenantId viewer, UUID referral, UUID attachment) {
        StoredAttachment stored = db.unitOfWork
                .inTenant(viewer, () -> attachments.find(viewer, referral, attachment))
                .orElseThrow();
        assertThat(stored.form()).isEqualTo(StoredAttachment.Form.STREAM);
        try (InputStream in = attachments.opening(
                stored,
                index -> db.unitOfWork
                        .inTenant(viewer, () -> attachments.segment(viewer, referral, attachment, index))
                        .orElseThrow(() -> new NotFound("segment")))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens every value of every field column with {@code cipher}, in its context; how many. */
    private int openEverySealedField(PersonalDataCipher cipher) {
        return db.unitOfWork.inSystem(SystemOperation.PERSONAL_DATA_REKEY, () -> {
            int opened = 0;
            for (SealedColumn column : SealedColumns.FIELDS) {
                List<Field<?>> read = new ArrayList<>(column.contextFields());
                read.add(column.keyId());
                read.add(column.ciphertext());
                for (Record row : db.database
                        .dsl()
                        .select(read)
                        .from(column.source())
                        .where(column.ciphertext().isNotNull())
                        .fetch()) {
                    cipher.open(new Sealed(row.get(column.keyId()), row.get(column.ciphertext())), column.context(row));
                    opened++;
                }
            }
            return opened;
        });
    }

    /**
     * The values in an old format, by column: before Tink (a key id of the keyring), under the older
     * Tink key; attachments by the form of their content.
     */
    private Map<String, Integer> oldFormatCounts() {
        String olderTink = TinkPersonalDataCipher.MARKER
                + Integer.toUnsignedString(FIELDS.getPrimary().getId());
        String olderStream = TinkStreamSealer.MARKER
                + Integer.toUnsignedString(STREAMS.getPrimary().getId());
        return db.unitOfWork.inSystem(SystemOperation.PERSONAL_DATA_REKEY, () -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (SealedColumn column : SealedColumns.FIELDS) {
                counts.put(
                        column + " before Tink",
                        db.database
                                .dsl()
                                .fetchCount(
                                        column.table(),
                                        column.ciphertext()
                                                .isNotNull()
                                                .and(column.keyId().notLike(TinkPersonalDataCipher.MARKER + "%"))));
                counts.put(
                        column + " older Tink key",
                        db.database
                                .dsl()
                                .fetchCount(
                                        column.table(),
                                        column.ciphertext()
                                                .isNotNull()
                                                .and(column.keyId().eq(olderTink))));
            }
            counts.put(
                    "attachments in sealed segments",
                    db.database
                            .dsl()
                            .fetchCount(
                                    REFERRAL_ATTACHMENTS,
                                    REFERRAL_ATTACHMENTS
                                            .KEY_ID
                                            .isNotNull()
                                            .and(REFERRAL_ATTACHMENTS.SEGMENT_COUNT.isNotNull())
                                            .and(REFERRAL_ATTACHMENTS.CONTENT_KEY_ID.isNull())));
            counts.put(
                    "attachments whole",
                    db.database
                            .dsl()
                            .fetchCount(REFERRAL_ATTACHMENTS, REFERRAL_ATTACHMENTS.CONTENT_CIPHERTEXT.isNotNull()));
            counts.put(
                    "attachments under the older stream key",
                    db.database
                            .dsl()
                            .fetchCount(
                                    REFERRAL_ATTACHMENTS,
                                    REFERRAL_ATTACHMENTS
                                            .KEY_ID
                                            .isNotNull()
                                            .and(REFERRAL_ATTACHMENTS.CONTENT_KEY_ID.eq(olderStream))));
            counts.put(
                    "segment rows not of the current stream key",
                    db.database
                            .dsl()
                            .fetchCount(
                                    REFERRAL_ATTACHMENT_SEGMENTS,
                                    REFERRAL_ATTACHMENT_SEGMENTS.KEY_ID.ne(TinkStreamSealer.MARKER
                                            + Integer.toUnsignedString(
                                                    ROTATED_STREAMS.getPrimary().getId()))));
            return counts;
        });
    }

    private static KeysetHandle withNewPrimary(KeysetHandle keyset, Parameters parameters) {
        try {
            return KeysetHandle.newBuilder(keyset)
                    .addEntry(KeysetHandle.generateEntryFromParameters(parameters)
                            .withRandomId()
                            .makePrimary())
                    .build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeysetHandle withoutFirst(KeysetHandle keyset) {
        try {
            return KeysetHandle.newBuilder(keyset).deleteAt(0).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

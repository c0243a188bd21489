package be.passerelle.persistence.referral;

import static be.passerelle.core.testing.ReferralFixtures.aNewReferral;
import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.core.referral.Attachment;
import be.passerelle.core.referral.AttachmentDownload;
import be.passerelle.core.referral.ReferralAttachments;
import be.passerelle.core.referral.ReferralParties;
import be.passerelle.core.referral.VirusScanner;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.Caller;
import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.LocalizedText;
import be.passerelle.core.shared.Role;
import be.passerelle.core.shared.SystemOperation;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.TenantKind;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.core.shared.TenantStatus;
import be.passerelle.core.shared.UnitOfWork;
import be.passerelle.infra.crypto.DevelopmentKeysets;
import be.passerelle.infra.crypto.TinkPersonalDataCipher;
import be.passerelle.infra.crypto.TinkStreamSealer;
import be.passerelle.infra.testing.TestDatabase;
import be.passerelle.infra.testing.TestDatabases;
import be.passerelle.persistence.ConnectionPools;
import be.passerelle.persistence.Database;
import be.passerelle.persistence.DatabaseSettings;
import be.passerelle.persistence.PersistenceConfiguration;
import be.passerelle.persistence.TestPersistence;
import be.passerelle.persistence.audit.AuditPersistenceConfiguration;
import be.passerelle.persistence.tenant.TenantPersistenceConfiguration;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A 10 MiB attachment goes up and comes back through the use case and the real store in a heap that
 * could not hold it twice: the test starts a JVM of {@code -Xmx16m} ({@link Child}) on the migrated
 * test database, which uploads a generated file, downloads it and compares digests. (16 MiB, not
 * the file's 10 MiB, because the JVM, jOOQ, the pools and Tink need some; 16 MiB is still less than
 * the 20 MiB that holding the file twice would take, as the child checks.)
 */
class AttachmentStreamingMemoryIT {
    static final String HEAP = "-Xmx16m";

    @Test
    void a_ten_megabyte_file_streams_up_and_down_in_a_heap_smaller_than_twice_its_size() throws Exception {
        TestPersistence.shared();
        TestDatabase database = TestDatabases.shared();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path log = Files.createTempFile("attachment-memory", ".log");
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        HEAP,
                        "-cp",
                        classpath,
                        Child.class.getName(),
                        database.url(),
                        database.owner().user(),
                        database.owner().password(),
                        database.app().user(),
                        database.app().password(),
                        database.system().user(),
                        database.system().password())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean ended = child.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            child.destroyForcibly();
        }
        String output = Files.readString(log);
        Files.delete(log);
        System.out.println(output);
        assertThat(ended).as("the child ended").isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("same digest up and down");
    }

    /** The upload and download, in a JVM of {@link #HEAP}. */
    static final class Child {
        private static final TinkPersonalDataCipher CIPHER = TinkPersonalDataCipher.of(DevelopmentKeysets.fields());
        private static final TinkStreamSealer SEALER = new TinkStreamSealer(DevelopmentKeysets.streams());

        private Child() {}

        public static void main(String[] args) {
            try {
                run(args);
                System.exit(0);
            } catch (Throwable e) {
                e.printStackTrace(System.out);
                System.exit(1);
            }
        }

        private static void run(String[] args) throws Exception {
            long size = ReferralAttachments.MAX_BYTES;
            long heap = Runtime.getRuntime().maxMemory();
            if (heap >= 2 * size) {
                throw new IllegalStateException("the heap (" + heap + " bytes) could hold the file twice");
            }
            DatabaseSettings settings = new DatabaseSettings(
                    args[0],
                    new DatabaseSettings.Credentials(args[1], args[2]),
                    new DatabaseSettings.Credentials(args[3], args[4]),
                    new DatabaseSettings.Credentials(args[5], args[6]),
                    2,
                    1,
                    Duration.ofSeconds(10));
            try (HikariDataSource app = ConnectionPools.application(settings);
                    HikariDataSource system = ConnectionPools.system(settings)) {
                Database db = new Database(app, system);
                UnitOfWork unitOfWork = new PersistenceConfiguration().unitOfWork(app, system);
                uploadAndDownload(db, unitOfWork, size);
            }
            System.out.println("AttachmentStreamingMemoryIT: " + size + " bytes up and down, same digest up and down,"
                    + " heap limit " + heap + " bytes");
        }

        private static void uploadAndDownload(Database db, UnitOfWork unitOfWork, long size) throws Exception {
            TenantId sender = newTenant(unitOfWork, db, "memory-sender");
            TenantId receiver = newTenant(unitOfWork, db, "memory-receiver");
            UUID referral = UUID.randomUUID();
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            unitOfWork.inTenant(
                    sender,
                    () -> new JooqReferralStore(db, CIPHER)
                            .insert(aNewReferral()
                                    .id(referral)
                                    .between(new ReferralParties(sender, receiver))
                                    .at(now)
                                    .build()));
            ReferralAttachments attachments = new ReferralAttachments(
                    unitOfWork,
                    new JooqReferralStore(db, CIPHER),
                    new JooqAttachments(db, CIPHER, SEALER),
                    VirusScanner.NONE,
                    new AuditPersistenceConfiguration().auditTrail(db),
                    Clock.systemUTC());

            MessageDigest uploaded = MessageDigest.getInstance("SHA-256");
            Attachment stored;
            try (InputStream file = new DigestInputStream(new GeneratedPdf(size), uploaded)) {
                stored = attachments.upload(staffOf(sender), referral, "big.pdf", Optional.of("application/pdf"), file);
            }
            if (stored.size() != size) {
                throw new IllegalStateException("stored " + stored.size() + " bytes");
            }
            MessageDigest downloaded = MessageDigest.getInstance("SHA-256");
            AttachmentDownload download = attachments.download(staffOf(receiver), referral, stored.id());
            try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), downloaded)) {
                download.content().writeTo(out);
            }
            if (!MessageDigest.isEqual(uploaded.digest(), downloaded.digest())) {
                throw new IllegalStateException("other bytes came back");
            }
            unitOfWork.inSystem(
                    SystemOperation.PERSONAL_DATA_ERASURE, () -> new JooqPersonalDataErasure(db).erase(referral, now));
        }

        private static TenantId newTenant(UnitOfWork unitOfWork, Database db, String prefix) {
            TenantId id = new TenantId(UUID.randomUUID());
            unitOfWork.inSystem(
                    SystemOperation.SEED_IMPORT,
                    () -> new TenantPersistenceConfiguration().tenants(db).addIfAbsent(tenant(id, prefix)));
            return id;
        }
    }

    private static Tenant tenant(TenantId id, String prefix) {
        return new Tenant(
                id,
                new TenantSlug(prefix + "-" + id.value().toString().substring(0, 8)),
                TenantKind.LOCAL,
                new LocalizedText(Map.of(Language.FR, "Médiateur " + prefix)),
                List.of(Language.FR),
                TenantStatus.ACTIVE,
                true,
                5);
    }

    private static CallContext staffOf(TenantId tenant) {
        Tenant own = tenant(tenant, "memory");
        return new CallContext(new Caller("u", "caseworker", Set.of(Role.CASEWORKER), Optional.of(own)), "memory");
    }

    /** {@code size} pseudo-random bytes starting as a PDF, generated as they are read (never held whole). */
    private static final class GeneratedPdf extends InputStream {
        private static final byte[] MAGIC = {'%', 'P', 'D', 'F', '-'};
        private final Random random = new Random(10);
        private final long size;
        private long position;

        GeneratedPdf(long size) {
            this.size = size;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) {
            if (position == size) {
                return -1;
            }
            int n = (int) Math.min(length, size - position);
            byte[] chunk = new byte[n];
            random.nextBytes(chunk);
            for (int i = 0; i < n && position + i < MAGIC.length; i++) {
                chunk[i] = MAGIC[(int) position + i];
            }
            System.arraycopy(chunk, 0, bytes, offset, n);
            position += n;
            return n;
        }
    }
}

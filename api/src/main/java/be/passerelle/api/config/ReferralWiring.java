package be.passerelle.api.config;

import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.idempotency.IdempotencyStore;
import be.passerelle.core.idempotency.IdempotentRequests;
import be.passerelle.core.outbox.Outbox;
import be.passerelle.core.privacy.PersonalDataCipher;
import be.passerelle.core.privacy.ReencryptPersonalData;
import be.passerelle.core.privacy.Rekeying;
import be.passerelle.core.privacy.SecretDigest;
import be.passerelle.core.referral.Attachments;
import be.passerelle.core.referral.ChangeReferralState;
import be.passerelle.core.referral.CheckReferralStatus;
import be.passerelle.core.referral.CreateReferral;
import be.passerelle.core.referral.ErasePersonalData;
import be.passerelle.core.referral.ForwardReferral;
import be.passerelle.core.referral.IssueReferral;
import be.passerelle.core.referral.PersonalDataErasure;
import be.passerelle.core.referral.PublicStatusStore;
import be.passerelle.core.referral.ReadReferrals;
import be.passerelle.core.referral.ReferralAttachments;
import be.passerelle.core.referral.ReferralThread;
import be.passerelle.core.referral.ReferralTimeline;
import be.passerelle.core.referral.Referrals;
import be.passerelle.core.referral.TellSendersOfSuspension;
import be.passerelle.core.referral.VirusScanner;
import be.passerelle.core.shared.UnitOfWork;
import be.passerelle.core.tenant.Tenants;
import be.passerelle.infra.crypto.AesGcmCipher;
import be.passerelle.infra.crypto.HmacSecretDigest;
import be.passerelle.infra.crypto.Keyring;
import be.passerelle.persistence.JobLock;
import be.passerelle.persistence.referral.ReferralPersistenceConfiguration;
import jakarta.servlet.MultipartConfigElement;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.unit.DataSize;

/** Referrals: the encryption adapters, the store and the use cases. */
@Configuration(proxyBeanMethods = false)
@Import(ReferralPersistenceConfiguration.class)
@EnableScheduling
class ReferralWiring {
    private static final Logger log = LoggerFactory.getLogger(ReferralWiring.class);

    @Bean
    TellSendersOfSuspension tellSendersOfSuspension(
            Referrals referrals, ReferralTimeline timeline, Outbox outbox, Clock clock) {
        return new TellSendersOfSuspension(referrals, timeline, outbox, clock);
    }

    @Bean
    PersonalDataCipher personalDataCipher(EncryptionProperties properties) {
        if (properties.usesDevelopmentKeys()) {
            log.warn("personal data is encrypted with the public DEVELOPMENT keys: set PASSERELLE_ENCRYPTION_KEYS"
                    + " and PASSERELLE_ENCRYPTION_HMAC_KEY outside development");
        }
        return new AesGcmCipher(Keyring.parse(properties.keys()));
    }

    @Bean
    SecretDigest secretDigest(EncryptionProperties properties) {
        return HmacSecretDigest.fromBase64(properties.hmac().key());
    }

    @Bean
    IssueReferral issueReferral(
            Referrals referrals, ReferralTimeline timeline, SecretDigest digest, AuditTrail audit, Outbox outbox) {
        return new IssueReferral(referrals, timeline, digest, audit, outbox, new SecureRandom());
    }

    @Bean
    CreateReferral createReferral(
            UnitOfWork unitOfWork, Tenants tenants, Referrals referrals, IssueReferral issue, Clock clock) {
        return new CreateReferral(unitOfWork, tenants, referrals, issue, clock);
    }

    @Bean
    IdempotentRequests idempotentRequests(UnitOfWork unitOfWork, IdempotencyStore store, Clock clock) {
        return new IdempotentRequests(unitOfWork, store, clock);
    }

    /** Deletes idempotency keys and their encrypted responses after 24 hours (one node at a time). */
    @Bean
    IdempotencyPurge idempotencyPurge(IdempotentRequests requests, JobLock lock) {
        return new IdempotencyPurge(requests, lock);
    }

    static final class IdempotencyPurge {
        private final IdempotentRequests requests;
        private final JobLock lock;

        IdempotencyPurge(IdempotentRequests requests, JobLock lock) {
            this.requests = requests;
            this.lock = lock;
        }

        @Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT1H")
        void purge() {
            lock.runExclusively("idempotency-purge", () -> {
                int purged = requests.purgeExpired();
                log.info("idempotency keys purged: {}", purged);
            });
        }
    }

    @Bean
    ForwardReferral forwardReferral(
            UnitOfWork unitOfWork,
            Tenants tenants,
            Referrals referrals,
            ReferralTimeline timeline,
            IssueReferral issue,
            AuditTrail audit,
            Outbox outbox,
            Clock clock) {
        return new ForwardReferral(unitOfWork, tenants, referrals, timeline, issue, audit, outbox, clock);
    }

    @Bean
    ErasePersonalData erasePersonalData(
            UnitOfWork unitOfWork,
            Referrals referrals,
            PersonalDataErasure erasure,
            AuditTrail audit,
            Clock clock,
            RetentionProperties retention) {
        return new ErasePersonalData(
                unitOfWork, referrals, erasure, audit, clock, retention.afterFinal(), retention.maxAge());
    }

    /** Erases the personal data of referrals past their retention period, in batches (one node at a time). */
    @Bean
    RetentionJob retentionJob(ErasePersonalData erase, RetentionProperties retention, JobLock lock) {
        return new RetentionJob(erase, retention.batch(), lock);
    }

    static final class RetentionJob {
        private final ErasePersonalData erase;
        private final int batch;
        private final JobLock lock;

        RetentionJob(ErasePersonalData erase, int batch, JobLock lock) {
            this.erase = erase;
            this.batch = batch;
            this.lock = lock;
        }

        @Scheduled(initialDelayString = "PT5M", fixedDelayString = "${passerelle.retention.interval:PT1H}")
        void run() {
            lock.runExclusively("retention", () -> {
                int erased = erase.expired(batch, "retention-" + UUID.randomUUID());
                log.info("retention: personal data erased from {} referrals", erased);
            });
        }
    }

    /** The citizen's status check (rate-limited per client address by the {@code RateLimitFilter}). */
    @Bean
    CheckReferralStatus checkReferralStatus(
            UnitOfWork unitOfWork, PublicStatusStore store, SecretDigest digest, Clock clock) {
        return new CheckReferralStatus(unitOfWork, store, digest, clock);
    }

    @Bean
    ReferralAttachments referralAttachments(
            UnitOfWork unitOfWork, Referrals referrals, Attachments attachments, AuditTrail audit, Clock clock) {
        log.warn("no virus scanner is configured: attachments are stored unscanned");
        return new ReferralAttachments(unitOfWork, referrals, attachments, VirusScanner.NONE, audit, clock);
    }

    /**
     * Multipart limits that let an attachment of {@link ReferralAttachments#MAX_BYTES} through to its
     * own check (Boot's default is 1 MB per file); larger requests are refused with a 413.
     */
    @Bean
    MultipartConfigElement multipartConfigElement() {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(DataSize.ofBytes(ReferralAttachments.MAX_BYTES));
        factory.setMaxRequestSize(DataSize.ofBytes(ReferralAttachments.MAX_BYTES + 64 * 1024));
        return factory.createMultipartConfig();
    }

    @Bean
    ReencryptPersonalData reencryptPersonalData(UnitOfWork unitOfWork, Rekeying rekeying) {
        return new ReencryptPersonalData(unitOfWork, rekeying);
    }

    /** Moves values sealed with older keys to the current key of PASSERELLE_ENCRYPTION_KEYS, in batches. */
    @Bean
    RekeyJob rekeyJob(ReencryptPersonalData reencrypt, JobLock lock) {
        return new RekeyJob(reencrypt, lock);
    }

    static final class RekeyJob {
        private final ReencryptPersonalData reencrypt;
        private final JobLock lock;

        RekeyJob(ReencryptPersonalData reencrypt, JobLock lock) {
            this.reencrypt = reencrypt;
            this.lock = lock;
        }

        @Scheduled(initialDelayString = "PT2M", fixedDelayString = "PT10M")
        void run() {
            lock.runExclusively("re-encryption", () -> {
                int moved = reencrypt.run(500);
                if (moved > 0) {
                    log.info("re-encryption: {} values moved to the current key", moved);
                }
            });
        }
    }

    @Bean
    ReadReferrals readReferrals(UnitOfWork unitOfWork, Referrals referrals, ReferralTimeline timeline, Clock clock) {
        return new ReadReferrals(unitOfWork, referrals, timeline, clock);
    }

    @Bean
    ChangeReferralState changeReferralState(
            UnitOfWork unitOfWork,
            Tenants tenants,
            Referrals referrals,
            ReferralTimeline timeline,
            AuditTrail audit,
            Outbox outbox,
            Clock clock) {
        return new ChangeReferralState(unitOfWork, tenants, referrals, timeline, audit, outbox, clock);
    }

    @Bean
    ReferralThread referralThread(
            UnitOfWork unitOfWork,
            Referrals referrals,
            ReferralTimeline timeline,
            AuditTrail audit,
            Outbox outbox,
            Clock clock) {
        return new ReferralThread(unitOfWork, referrals, timeline, audit, outbox, clock);
    }
}

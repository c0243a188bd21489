package be.passerelle.api.config;

import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.directory.KnownSectors;
import be.passerelle.core.directory.Taxonomies;
import be.passerelle.core.idempotency.IdempotencyStore;
import be.passerelle.core.idempotency.IdempotentRequests;
import be.passerelle.core.outbox.Outbox;
import be.passerelle.core.privacy.ReencryptPersonalData;
import be.passerelle.core.privacy.Rekeying;
import be.passerelle.core.privacy.SecretDigest;
import be.passerelle.core.referral.AssignReferral;
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
import be.passerelle.core.referral.ReferralAssignments;
import be.passerelle.core.referral.ReferralAttachments;
import be.passerelle.core.referral.ReferralThread;
import be.passerelle.core.referral.ReferralTimeline;
import be.passerelle.core.referral.Referrals;
import be.passerelle.core.referral.TellSendersOfSuspension;
import be.passerelle.core.referral.VirusScanner;
import be.passerelle.core.shared.UnitOfWork;
import be.passerelle.core.tenant.IdentityProvisioning;
import be.passerelle.core.tenant.Tenants;
import jakarta.servlet.MultipartConfigElement;
import java.security.SecureRandom;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** Referrals: the use cases (their adapters come from the persistence module, the keys from {@link CryptoWiring}). */
@Configuration(proxyBeanMethods = false)
class ReferralWiring {
    private static final Logger log = LoggerFactory.getLogger(ReferralWiring.class);

    @Bean
    TellSendersOfSuspension tellSendersOfSuspension(
            Referrals referrals, ReferralTimeline timeline, Outbox outbox, Clock clock) {
        return new TellSendersOfSuspension(referrals, timeline, outbox, clock);
    }

    @Bean
    IssueReferral issueReferral(
            Referrals referrals, ReferralTimeline timeline, SecretDigest digest, AuditTrail audit, Outbox outbox) {
        return new IssueReferral(referrals, timeline, digest, audit, outbox, new SecureRandom());
    }

    @Bean
    KnownSectors knownSectors(Taxonomies taxonomies) {
        return new KnownSectors(taxonomies::sectors);
    }

    @Bean
    CreateReferral createReferral(
            UnitOfWork unitOfWork,
            Tenants tenants,
            Referrals referrals,
            IssueReferral issue,
            KnownSectors sectors,
            Clock clock) {
        return new CreateReferral(unitOfWork, tenants, referrals, issue, sectors, clock);
    }

    @Bean
    AssignReferral assignReferral(
            UnitOfWork unitOfWork,
            Referrals referrals,
            ReferralAssignments assignments,
            IdentityProvisioning identity,
            AuditTrail audit,
            Clock clock) {
        return new AssignReferral(unitOfWork, referrals, assignments, identity, audit, clock);
    }

    @Bean
    IdempotentRequests idempotentRequests(UnitOfWork unitOfWork, IdempotencyStore store, Clock clock) {
        return new IdempotentRequests(unitOfWork, store, clock);
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

    @Bean
    ReadReferrals readReferrals(
            UnitOfWork unitOfWork, Referrals referrals, ReferralTimeline timeline, KnownSectors sectors, Clock clock) {
        return new ReadReferrals(unitOfWork, referrals, timeline, sectors, clock);
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

package be.passerelle.api.config;

import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.health.ReadReferralHealth;
import be.passerelle.core.health.ReferralHealthFigures;
import be.passerelle.core.outbox.Outbox;
import be.passerelle.core.referral.DeadlineScans;
import be.passerelle.core.referral.ScanReferralDeadlines;
import be.passerelle.core.shared.UnitOfWork;
import be.passerelle.core.tenant.Tenants;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Referral health (issue #19): the deadline scans and the counts-only health views. */
@Configuration(proxyBeanMethods = false)
class HealthWiring {

    @Bean
    ScanReferralDeadlines scanReferralDeadlines(
            UnitOfWork unitOfWork,
            Tenants tenants,
            DeadlineScans scans,
            Outbox outbox,
            AuditTrail auditTrail,
            Clock clock) {
        return new ScanReferralDeadlines(unitOfWork, tenants, scans, outbox, auditTrail, clock);
    }

    @Bean
    ReadReferralHealth readReferralHealth(
            UnitOfWork unitOfWork, Tenants tenants, ReferralHealthFigures figures, Clock clock) {
        return new ReadReferralHealth(unitOfWork, tenants, figures, clock);
    }
}

package be.passerelle.api.config;

import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.directory.Taxonomies;
import be.passerelle.core.outbox.Outbox;
import be.passerelle.core.shared.UnitOfWork;
import be.passerelle.core.statistics.AnnualReports;
import be.passerelle.core.statistics.PublishAnnualReport;
import be.passerelle.core.statistics.ReadAnnualReport;
import be.passerelle.core.statistics.ReadPublishedStatistics;
import be.passerelle.core.statistics.ReadReferralFlows;
import be.passerelle.core.statistics.ReferralFlowRollups;
import be.passerelle.core.statistics.RefreshReferralFlows;
import be.passerelle.core.statistics.SubmitAnnualReport;
import be.passerelle.core.tenant.Tenants;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The transparency statistics' use cases (SPEC §4.4): annual reports and referral flows. */
@Configuration(proxyBeanMethods = false)
class StatisticsWiring {

    @Bean
    SubmitAnnualReport submitAnnualReport(
            UnitOfWork unitOfWork, AnnualReports reports, Taxonomies taxonomies, AuditTrail auditTrail, Clock clock) {
        return new SubmitAnnualReport(unitOfWork, reports, taxonomies, auditTrail, clock);
    }

    @Bean
    PublishAnnualReport publishAnnualReport(
            UnitOfWork unitOfWork, AnnualReports reports, AuditTrail auditTrail, Outbox outbox, Clock clock) {
        return new PublishAnnualReport(unitOfWork, reports, auditTrail, outbox, clock);
    }

    @Bean
    ReadAnnualReport readAnnualReport(UnitOfWork unitOfWork, AnnualReports reports, Tenants tenants) {
        return new ReadAnnualReport(unitOfWork, reports, tenants);
    }

    @Bean
    ReadPublishedStatistics readPublishedStatistics(UnitOfWork unitOfWork, AnnualReports reports, Tenants tenants) {
        return new ReadPublishedStatistics(unitOfWork, reports, tenants);
    }

    @Bean
    RefreshReferralFlows refreshReferralFlows(UnitOfWork unitOfWork, ReferralFlowRollups rollups, Clock clock) {
        return new RefreshReferralFlows(unitOfWork, rollups, clock);
    }

    @Bean
    ReadReferralFlows readReferralFlows(UnitOfWork unitOfWork, ReferralFlowRollups rollups, Clock clock) {
        return new ReadReferralFlows(unitOfWork, rollups, clock);
    }
}

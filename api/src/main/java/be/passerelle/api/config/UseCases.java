package be.passerelle.api.config;

import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.audit.ListAuditEvents;
import be.passerelle.core.seed.ImportNetworkSeed;
import be.passerelle.core.shared.UnitOfWork;
import be.passerelle.core.tenant.IdentifyCaller;
import be.passerelle.core.tenant.Tenants;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The core's use cases, wired explicitly (the core knows nothing of Spring). */
@Configuration(proxyBeanMethods = false)
class UseCases {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    IdentifyCaller identifyCaller(UnitOfWork unitOfWork, Tenants tenants) {
        return new IdentifyCaller(unitOfWork, tenants);
    }

    @Bean
    ListAuditEvents listAuditEvents(UnitOfWork unitOfWork, AuditTrail auditTrail) {
        return new ListAuditEvents(unitOfWork, auditTrail);
    }

    @Bean
    ImportNetworkSeed importNetworkSeed(UnitOfWork unitOfWork, Tenants tenants, AuditTrail auditTrail, Clock clock) {
        return new ImportNetworkSeed(unitOfWork, tenants, auditTrail, clock);
    }
}

package be.passerelle.api.config;

import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.audit.ListAuditEvents;
import be.passerelle.core.shared.UnitOfWork;
import be.passerelle.core.tenant.Tenants;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit trail's read side (every use case appends to the trail itself). */
@Configuration(proxyBeanMethods = false)
class AuditWiring {

    @Bean
    ListAuditEvents listAuditEvents(UnitOfWork unitOfWork, AuditTrail auditTrail, Tenants tenants) {
        return new ListAuditEvents(unitOfWork, auditTrail, tenants::findBySlug);
    }
}

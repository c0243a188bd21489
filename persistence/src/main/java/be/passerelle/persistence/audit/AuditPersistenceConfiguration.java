package be.passerelle.persistence.audit;

import be.passerelle.core.audit.AuditTrail;
import be.passerelle.persistence.Database;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit trail. */
@Configuration(proxyBeanMethods = false)
public class AuditPersistenceConfiguration {

    @Bean
    public AuditTrail auditTrail(Database database) {
        return new JooqAuditTrail(database);
    }
}

package be.passerelle.persistence.tenant;

import be.passerelle.core.tenant.ApiClients;
import be.passerelle.core.tenant.TenantRateLimits;
import be.passerelle.core.tenant.Tenants;
import be.passerelle.persistence.Database;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The tenants' adapters: tenants, their API clients and their own rate limits. */
@Configuration(proxyBeanMethods = false)
public class TenantPersistenceConfiguration {

    @Bean
    public Tenants tenants(Database database) {
        return new JooqTenants(database);
    }

    @Bean
    public ApiClients apiClients(Database database) {
        return new JooqApiClients(database);
    }

    @Bean
    public TenantRateLimits tenantRateLimits(Database database) {
        return new JooqTenantRateLimits(database);
    }
}

package be.passerelle.api;

import be.passerelle.persistence.TenantPredicateGuard;
import javax.sql.DataSource;
import org.jooq.ExecuteListenerProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Puts the {@link TenantPredicateGuard} on the application's queries: an API integration test fails
 * when a query reads a tenant-private table without the tenant predicate.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TenantPredicateCheck {

    @Bean
    ExecuteListenerProvider tenantPredicateGuard(@Qualifier("applicationDataSource") DataSource applicationPool) {
        return TenantPredicateGuard.loadedFrom(applicationPool);
    }
}

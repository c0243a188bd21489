package be.passerelle.persistence;

import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.outbox.Outbox;
import be.passerelle.core.ratelimit.RateLimitCounters;
import be.passerelle.core.shared.UnitOfWork;
import be.passerelle.core.tenant.ApiClients;
import be.passerelle.core.tenant.TenantRateLimits;
import be.passerelle.core.tenant.Tenants;
import be.passerelle.persistence.audit.JooqAuditTrail;
import be.passerelle.persistence.outbox.JooqOutbox;
import be.passerelle.persistence.outbox.OutboxSignal;
import be.passerelle.persistence.ratelimit.JooqRateLimitCounters;
import be.passerelle.persistence.tenant.JooqApiClients;
import be.passerelle.persistence.tenant.JooqTenantRateLimits;
import be.passerelle.persistence.tenant.JooqTenants;
import com.zaxxer.hikari.HikariDataSource;
import org.jooq.ExecuteListenerProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The persistence adapters as Spring beans. Needs a {@link DatabaseSettings} bean; migrates the
 * schema (as the owner) before the pools open.
 */
@Configuration(proxyBeanMethods = false)
public class PersistenceConfiguration {

    @Bean
    @Primary
    public HikariDataSource applicationDataSource(DatabaseSettings settings) {
        DatabaseMigrator.migrate(settings);
        return ConnectionPools.application(settings);
    }

    @Bean
    public HikariDataSource systemDataSource(DatabaseSettings settings) {
        return ConnectionPools.system(settings);
    }

    /** Application-role query listeners are optional beans (the tests' tenant-predicate check). */
    @Bean
    public Database database(
            @Qualifier("applicationDataSource") HikariDataSource application,
            @Qualifier("systemDataSource") HikariDataSource system,
            ObjectProvider<ExecuteListenerProvider> applicationListeners) {
        return new Database(
                application, system, applicationListeners.orderedStream().toList());
    }

    @Bean
    public JobLock jobLock(@Qualifier("systemDataSource") HikariDataSource system) {
        return new JobLock(system);
    }

    @Bean
    public UnitOfWork unitOfWork(
            @Qualifier("applicationDataSource") HikariDataSource application,
            @Qualifier("systemDataSource") HikariDataSource system) {
        return new JooqUnitOfWork(application, system);
    }

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

    /** Shared by every node; outside units of work (see the adapter). */
    @Bean
    public RateLimitCounters rateLimitCounters(@Qualifier("applicationDataSource") HikariDataSource application) {
        return new JooqRateLimitCounters(application);
    }

    @Bean
    public AuditTrail auditTrail(Database database) {
        return new JooqAuditTrail(database);
    }

    @Bean
    public OutboxSignal outboxSignal() {
        return new OutboxSignal();
    }

    @Bean
    public Outbox outbox(Database database, OutboxSignal signal) {
        return new JooqOutbox(database, signal::signal);
    }
}

package be.passerelle.persistence;

import be.passerelle.core.shared.UnitOfWork;
import be.passerelle.persistence.audit.AuditPersistenceConfiguration;
import be.passerelle.persistence.directory.DirectoryPersistenceConfiguration;
import be.passerelle.persistence.idempotency.IdempotencyPersistenceConfiguration;
import be.passerelle.persistence.outbox.OutboxPersistenceConfiguration;
import be.passerelle.persistence.ratelimit.RateLimitPersistenceConfiguration;
import be.passerelle.persistence.referral.ReferralPersistenceConfiguration;
import be.passerelle.persistence.statistics.StatisticsPersistenceConfiguration;
import be.passerelle.persistence.tenant.TenantPersistenceConfiguration;
import be.passerelle.persistence.webhook.WebhookPersistenceConfiguration;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The database (pools, unit of work, job lock) and, imported from each capability's package, the
 * adapters as Spring beans. Needs a {@link DatabaseSettings} bean, and a {@code PersonalDataCipher}
 * bean for the adapters that seal personal data; migrates the schema (as the owner) before the
 * pools open.
 */
@Configuration(proxyBeanMethods = false)
@Import({
    AuditPersistenceConfiguration.class,
    DirectoryPersistenceConfiguration.class,
    IdempotencyPersistenceConfiguration.class,
    OutboxPersistenceConfiguration.class,
    RateLimitPersistenceConfiguration.class,
    ReferralPersistenceConfiguration.class,
    StatisticsPersistenceConfiguration.class,
    TenantPersistenceConfiguration.class,
    WebhookPersistenceConfiguration.class
})
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

    @Bean
    public Database database(
            @Qualifier("applicationDataSource") HikariDataSource application,
            @Qualifier("systemDataSource") HikariDataSource system) {
        return new Database(application, system);
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
}

package be.passerelle.persistence;

import be.passerelle.core.shared.UnitOfWork;
import com.zaxxer.hikari.HikariDataSource;
import org.jooq.ExecuteListenerProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The database as Spring beans: the pools, the unit of work and the job lock. Needs a {@link
 * DatabaseSettings} bean; migrates the schema (as the owner) before the pools open. The adapters
 * have one configuration per capability, in the capability's package (e.g. {@code
 * ReferralPersistenceConfiguration}); this package depends on none of them.
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
}

package be.passerelle.api.config;

import be.passerelle.persistence.DatabaseSettings;
import be.passerelle.persistence.PersistenceConfiguration;
import be.passerelle.persistence.audit.AuditPersistenceConfiguration;
import be.passerelle.persistence.directory.DirectoryPersistenceConfiguration;
import be.passerelle.persistence.health.HealthPersistenceConfiguration;
import be.passerelle.persistence.idempotency.IdempotencyPersistenceConfiguration;
import be.passerelle.persistence.notification.NotificationPersistenceConfiguration;
import be.passerelle.persistence.outbox.OutboxPersistenceConfiguration;
import be.passerelle.persistence.ratelimit.RateLimitPersistenceConfiguration;
import be.passerelle.persistence.referral.ReferralPersistenceConfiguration;
import be.passerelle.persistence.statistics.StatisticsPersistenceConfiguration;
import be.passerelle.persistence.tenant.TenantPersistenceConfiguration;
import be.passerelle.persistence.webhook.WebhookPersistenceConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The database and the persistence adapters, one configuration per capability; hands them the
 * configured database settings (the adapters that seal personal data take the cipher of {@link
 * CryptoWiring}).
 */
@Configuration(proxyBeanMethods = false)
@Import({
    PersistenceConfiguration.class,
    AuditPersistenceConfiguration.class,
    DirectoryPersistenceConfiguration.class,
    IdempotencyPersistenceConfiguration.class,
    OutboxPersistenceConfiguration.class,
    RateLimitPersistenceConfiguration.class,
    ReferralPersistenceConfiguration.class,
    StatisticsPersistenceConfiguration.class,
    HealthPersistenceConfiguration.class,
    TenantPersistenceConfiguration.class,
    WebhookPersistenceConfiguration.class,
    NotificationPersistenceConfiguration.class
})
class PersistenceWiring {

    @Bean
    DatabaseSettings databaseSettings(DatabaseProperties properties) {
        return properties.toSettings();
    }
}

package be.passerelle.persistence.notification;

import be.passerelle.core.notification.NotificationPreferences;
import be.passerelle.core.notification.TenantNotificationSettings;
import be.passerelle.persistence.Database;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The adapters of the staff's notification preferences and the tenants' notification settings. */
@Configuration(proxyBeanMethods = false)
public class NotificationSettingsPersistenceConfiguration {

    @Bean
    public NotificationPreferences notificationPreferences(Database database) {
        return new JooqNotificationPreferences(database);
    }

    @Bean
    public TenantNotificationSettings tenantNotificationSettings(Database database) {
        return new JooqTenantNotificationSettings(database);
    }
}

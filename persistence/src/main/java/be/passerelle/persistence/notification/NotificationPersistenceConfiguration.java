package be.passerelle.persistence.notification;

import be.passerelle.core.notification.NotificationStore;
import be.passerelle.persistence.Database;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The mail worker's adapter: the outbox's notification mark, deliveries and stored mails. */
@Configuration(proxyBeanMethods = false)
public class NotificationPersistenceConfiguration {

    @Bean
    public NotificationStore notificationStore(Database database) {
        return new JooqNotificationStore(database);
    }
}

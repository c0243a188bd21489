package be.passerelle.persistence.webhook;

import be.passerelle.core.privacy.PersonalDataCipher;
import be.passerelle.core.webhook.WebhookEndpoints;
import be.passerelle.core.webhook.WebhookQueue;
import be.passerelle.persistence.Database;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The webhooks' adapters: subscriptions and the delivery queue (secrets sealed by the cipher). */
@Configuration(proxyBeanMethods = false)
public class WebhookPersistenceConfiguration {

    @Bean
    public WebhookEndpoints webhookEndpoints(Database database, PersonalDataCipher cipher) {
        return new JooqWebhookEndpoints(database, cipher);
    }

    @Bean
    public WebhookQueue webhookQueue(Database database, PersonalDataCipher cipher) {
        return new JooqWebhookQueue(database, cipher);
    }
}

package be.passerelle.api.config;

import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.privacy.PersonalDataCipher;
import be.passerelle.core.shared.UnitOfWork;
import be.passerelle.core.webhook.DispatchWebhooks;
import be.passerelle.core.webhook.EgressPolicy;
import be.passerelle.core.webhook.ManageWebhooks;
import be.passerelle.core.webhook.RetrySchedule;
import be.passerelle.core.webhook.WebhookEndpoints;
import be.passerelle.core.webhook.WebhookQueue;
import be.passerelle.core.webhook.WebhookSender;
import be.passerelle.infra.webhook.EgressDnsResolver;
import be.passerelle.infra.webhook.HttpWebhookSender;
import be.passerelle.persistence.Database;
import be.passerelle.persistence.webhook.JooqWebhookEndpoints;
import be.passerelle.persistence.webhook.JooqWebhookQueue;
import java.security.SecureRandom;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Webhooks: subscriptions, the outbox dispatcher and its HTTP sender under the egress policy. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class WebhookWiring {
    private static final Logger log = LoggerFactory.getLogger(WebhookWiring.class);

    @Bean
    EgressPolicy egressPolicy(WebhookProperties properties) {
        if (properties.allowHttp() || properties.allowPrivateAddresses()) {
            log.warn(
                    "webhook egress policy relaxed (http allowed: {}, private addresses allowed: {}): development only",
                    properties.allowHttp(),
                    properties.allowPrivateAddresses());
        }
        return new EgressPolicy(properties.allowHttp(), properties.allowPrivateAddresses());
    }

    @Bean
    WebhookEndpoints webhookEndpoints(Database database, PersonalDataCipher cipher) {
        return new JooqWebhookEndpoints(database, cipher);
    }

    @Bean
    WebhookQueue webhookQueue(Database database, PersonalDataCipher cipher) {
        return new JooqWebhookQueue(database, cipher);
    }

    @Bean(destroyMethod = "close")
    HttpWebhookSender webhookSender(EgressPolicy policy, WebhookProperties properties) {
        return new HttpWebhookSender(policy, properties.connectTimeout(), properties.readTimeout());
    }

    @Bean
    ManageWebhooks manageWebhooks(
            UnitOfWork unitOfWork, WebhookEndpoints endpoints, EgressPolicy policy, AuditTrail audit, Clock clock) {
        return new ManageWebhooks(
                unitOfWork, endpoints, policy, new EgressDnsResolver(policy), audit, clock, new SecureRandom());
    }

    @Bean
    DispatchWebhooks dispatchWebhooks(
            UnitOfWork unitOfWork,
            WebhookQueue queue,
            WebhookSender sender,
            AuditTrail audit,
            WebhookProperties properties,
            Clock clock) {
        return new DispatchWebhooks(
                unitOfWork,
                queue,
                sender,
                audit,
                RetrySchedule.DEFAULT,
                properties.publicBaseUrl(),
                clock,
                new SecureRandom());
    }

    /** Each node polls; nodes share the work through row locks, so no job lock is needed. */
    @Bean
    @ConditionalOnProperty(name = "passerelle.webhooks.dispatcher-enabled", havingValue = "true", matchIfMissing = true)
    Dispatcher webhookDispatcher(DispatchWebhooks dispatch) {
        return new Dispatcher(dispatch);
    }

    static final class Dispatcher {
        private final DispatchWebhooks dispatch;

        Dispatcher(DispatchWebhooks dispatch) {
            this.dispatch = dispatch;
        }

        @Scheduled(initialDelayString = "PT5S", fixedDelayString = "${passerelle.webhooks.dispatch-interval:PT1S}")
        void run() {
            try {
                int delivered = dispatch.runOnce();
                if (delivered > 0) {
                    log.debug("webhooks delivered: {}", delivered);
                }
            } catch (RuntimeException e) {
                log.warn("webhook dispatch failed: {}", e.getMessage());
            }
        }
    }
}

package be.passerelle.api.config;

import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.shared.UnitOfWork;
import be.passerelle.core.webhook.DispatchWebhooks;
import be.passerelle.core.webhook.EgressPolicy;
import be.passerelle.core.webhook.ManageWebhooks;
import be.passerelle.core.webhook.PingWebhook;
import be.passerelle.core.webhook.RetrySchedule;
import be.passerelle.core.webhook.WebhookEndpoints;
import be.passerelle.core.webhook.WebhookQueue;
import be.passerelle.core.webhook.WebhookSender;
import be.passerelle.core.webhook.WebhookSigner;
import be.passerelle.infra.webhook.EgressDnsResolver;
import be.passerelle.infra.webhook.HmacWebhookSigner;
import be.passerelle.infra.webhook.HttpWebhookSender;
import java.security.SecureRandom;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Webhooks: subscriptions, the dispatch use case and its HTTP sender under the egress policy. */
@Configuration(proxyBeanMethods = false)
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

    @Bean(destroyMethod = "close")
    HttpWebhookSender webhookSender(EgressPolicy policy, WebhookProperties properties) {
        return new HttpWebhookSender(policy, properties.connectTimeout(), properties.readTimeout());
    }

    @Bean
    ManageWebhooks manageWebhooks(
            UnitOfWork unitOfWork,
            WebhookEndpoints endpoints,
            EgressPolicy policy,
            AuditTrail audit,
            WebhookProperties properties,
            Clock clock) {
        return new ManageWebhooks(
                unitOfWork,
                endpoints,
                policy,
                new EgressDnsResolver(policy),
                audit,
                properties.secretGracePeriod(),
                clock,
                new SecureRandom());
    }

    @Bean
    PingWebhook pingWebhook(
            UnitOfWork unitOfWork,
            WebhookEndpoints endpoints,
            WebhookSender sender,
            WebhookSigner signer,
            AuditTrail audit,
            WebhookProperties properties,
            Clock clock) {
        return new PingWebhook(unitOfWork, endpoints, sender, signer, audit, properties.publicBaseUrl(), clock);
    }

    @Bean
    WebhookSigner webhookSigner() {
        return new HmacWebhookSigner();
    }

    @Bean
    DispatchWebhooks dispatchWebhooks(
            UnitOfWork unitOfWork,
            WebhookQueue queue,
            WebhookSender sender,
            WebhookSigner signer,
            AuditTrail audit,
            WebhookProperties properties,
            Clock clock) {
        return new DispatchWebhooks(
                unitOfWork,
                queue,
                sender,
                signer,
                audit,
                RetrySchedule.DEFAULT,
                properties.publicBaseUrl(),
                clock,
                new SecureRandom());
    }
}

package be.passerelle.api.config;

import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.shared.UnitOfWork;
import be.passerelle.core.webhook.DispatchWebhooks;
import be.passerelle.core.webhook.EgressPolicy;
import be.passerelle.core.webhook.ManageWebhooks;
import be.passerelle.core.webhook.RetrySchedule;
import be.passerelle.core.webhook.WebhookEndpoints;
import be.passerelle.core.webhook.WebhookQueue;
import be.passerelle.core.webhook.WebhookSender;
import be.passerelle.core.webhook.WebhookSigner;
import be.passerelle.infra.webhook.EgressDnsResolver;
import be.passerelle.infra.webhook.HmacWebhookSigner;
import be.passerelle.infra.webhook.HttpWebhookSender;
import be.passerelle.persistence.outbox.OutboxSignal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Webhooks: subscriptions, the outbox dispatcher and its HTTP sender under the egress policy. */
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
            UnitOfWork unitOfWork, WebhookEndpoints endpoints, EgressPolicy policy, AuditTrail audit, Clock clock) {
        return new ManageWebhooks(
                unitOfWork, endpoints, policy, new EgressDnsResolver(policy), audit, clock, new SecureRandom());
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

    /**
     * Each node runs a dispatcher: woken by this node's commits of outbox events, and polling every
     * {@code dispatch-interval} for the others'. Nodes share the work through row locks, so no job
     * lock is needed.
     */
    @Bean
    @ConditionalOnProperty(name = "passerelle.webhooks.dispatcher-enabled", havingValue = "true", matchIfMissing = true)
    Dispatcher webhookDispatcher(DispatchWebhooks dispatch, OutboxSignal signal, WebhookProperties properties) {
        return new Dispatcher(dispatch, signal, properties.dispatchInterval());
    }

    static final class Dispatcher implements SmartLifecycle {
        private final DispatchWebhooks dispatch;
        private final OutboxSignal signal;
        private final Duration interval;
        private volatile Thread thread;

        Dispatcher(DispatchWebhooks dispatch, OutboxSignal signal, Duration interval) {
            this.dispatch = dispatch;
            this.signal = signal;
            this.interval = interval;
        }

        @Override
        public void start() {
            Thread worker = new Thread(this::loop, "webhook-dispatcher");
            worker.setDaemon(true);
            thread = worker;
            worker.start();
        }

        private void loop() {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    signal.await(interval);
                    dispatch.runOnce();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    log.warn("webhook dispatch failed: {}", e.getMessage());
                }
            }
        }

        @Override
        public void stop() {
            Thread worker = thread;
            thread = null;
            if (worker != null) {
                worker.interrupt();
                try {
                    worker.join(Duration.ofSeconds(15).toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public boolean isRunning() {
            return thread != null;
        }
    }
}

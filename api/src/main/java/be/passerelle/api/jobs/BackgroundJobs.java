package be.passerelle.api.jobs;

import static be.passerelle.api.jobs.Job.cron;
import static be.passerelle.api.jobs.Job.every;

import be.passerelle.api.config.RetentionProperties;
import be.passerelle.api.config.WebhookProperties;
import be.passerelle.core.idempotency.IdempotentRequests;
import be.passerelle.core.privacy.ReencryptPersonalData;
import be.passerelle.core.ratelimit.SharedRateLimiter;
import be.passerelle.core.referral.ErasePersonalData;
import be.passerelle.core.statistics.RefreshReferralFlows;
import be.passerelle.core.tenant.ReconcileTenants;
import be.passerelle.core.webhook.DispatchWebhooks;
import be.passerelle.persistence.outbox.OutboxSignal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Everything that runs in the background: what, how often, and whether one node at a time (README,
 * "Background jobs"). Each job only does its work and logs what it did; {@link JobRunner} locks,
 * times, counts and catches.
 */
@Configuration(proxyBeanMethods = false)
class BackgroundJobs {
    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    static final String REFERRAL_FLOW_REFRESH = "referral-flow-refresh";
    private static final Logger log = LoggerFactory.getLogger(BackgroundJobs.class);

    /** Deletes idempotency keys and their encrypted responses after 24 hours. */
    @Bean
    Job idempotencyPurge(IdempotentRequests requests, JobSettings settings) {
        return Job.oneNodeAtATime(
                "idempotency-purge", every(settings.idempotencyPurgeInterval(), Duration.ofMinutes(10)), () -> {
                    int purged = requests.purgeExpired();
                    log.info("idempotency keys purged: {}", purged);
                });
    }

    /** Erases the personal data of referrals past their retention period, in batches. */
    @Bean
    Job retention(ErasePersonalData erase, RetentionProperties retention) {
        return Job.oneNodeAtATime("retention", every(retention.interval(), Duration.ofMinutes(5)), () -> {
            int erased = erase.expired(retention.batch(), "retention-" + UUID.randomUUID());
            log.info("retention: personal data erased from {} referrals", erased);
        });
    }

    /**
     * Moves values sealed in the format before Tink or under an older key to the current keys of
     * PASSERELLE_ENCRYPTION_KEYSET and PASSERELLE_ENCRYPTION_STREAM_KEYSET, in batches (attachments re-streamed).
     */
    @Bean
    Job reEncryption(ReencryptPersonalData reencrypt, JobSettings settings) {
        return Job.oneNodeAtATime(
                "re-encryption", every(settings.reEncryptionInterval(), Duration.ofMinutes(2)), () -> {
                    int moved = reencrypt.run(500);
                    if (moved > 0) {
                        log.info("re-encryption: {} values moved to the current key", moved);
                    }
                });
    }

    /** Folds new and changed referrals into the public referral flows. */
    @Bean
    Job referralFlowRefresh(RefreshReferralFlows refresh, ReferralFlowRefreshProperties properties) {
        return Job.oneNodeAtATime(
                REFERRAL_FLOW_REFRESH, every(properties.refreshInterval(), Duration.ofSeconds(5)), () -> {
                    int moved = refresh.run();
                    if (moved > 0) {
                        log.debug("referral flows: {} referrals folded into the rollups", moved);
                    }
                });
    }

    /** Daily, a full comparison catches a change the refresh's watermark overlap missed (normally none). */
    @Bean
    Job referralFlowReconcile(RefreshReferralFlows refresh, JobSettings settings) {
        return Job.oneNodeAtATime(
                        "referral-flow-reconcile", cron(settings.referralFlowReconcileCron(), BRUSSELS), () -> {
                            int drifted = refresh.reconcile();
                            if (drifted > 0) {
                                log.warn("referral flows: {} referrals had escaped the incremental refresh", drifted);
                            }
                        })
                .sharingLockWith(REFERRAL_FLOW_REFRESH);
    }

    /** Every node deletes the counts of ended rate-limit windows (idempotent, indexed). */
    @Bean
    Job rateLimitPurge(SharedRateLimiter limiter, JobSettings settings) {
        Duration interval = settings.rateLimitPurgeInterval();
        return Job.onEveryNode("rate-limit-purge", every(interval, interval), () -> {
            int purged = limiter.purgeEnded();
            log.debug("rate limits: {} ended windows purged", purged);
        });
    }

    /** Creates the organizations of imported tenants and activates them. */
    @Bean
    @ConditionalOnProperty(name = "passerelle.tenants.reconciler.enabled", havingValue = "true", matchIfMissing = true)
    Job tenantReconciler(ReconcileTenants reconcile, TenantReconcilerProperties properties) {
        Duration interval = properties.reconcileEvery();
        return Job.oneNodeAtATime("tenant-reconciler", every(interval, interval), () -> {
            int activated = reconcile.run();
            if (activated > 0) {
                log.info("tenant reconciler activated {} tenants", activated);
            }
        });
    }

    /** Each node dispatches the webhooks of outbox events (see {@link WebhookDispatcher}). */
    @Bean
    @ConditionalOnProperty(name = "passerelle.webhooks.dispatcher-enabled", havingValue = "true", matchIfMissing = true)
    WebhookDispatcher webhookDispatcher(
            DispatchWebhooks dispatch, OutboxSignal signal, WebhookProperties properties, JobRunner runner) {
        return new WebhookDispatcher(dispatch, signal, properties.dispatchInterval(), runner);
    }
}

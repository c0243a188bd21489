package be.passerelle.api.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code passerelle.jobs.*}: how often the jobs run that have no setting of their capability (the
 * others: {@code passerelle.retention.interval}, {@code
 * passerelle.statistics.referral-flows.refresh-interval}, {@code passerelle.tenants.reconcile-every},
 * {@code passerelle.webhooks.dispatch-interval}). The reconciliation's cron is in Brussels time.
 */
@ConfigurationProperties("passerelle.jobs")
public record JobSettings(
        @DefaultValue("1h") Duration idempotencyPurgeInterval,
        @DefaultValue("10m") Duration reEncryptionInterval,
        @DefaultValue("1m") Duration rateLimitPurgeInterval,
        @DefaultValue("0 30 3 * * *") String referralFlowReconcileCron) {}

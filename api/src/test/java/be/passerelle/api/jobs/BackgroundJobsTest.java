package be.passerelle.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.api.config.RetentionProperties;
import be.passerelle.api.config.WebhookProperties;
import be.passerelle.core.idempotency.IdempotentRequests;
import be.passerelle.core.privacy.ReencryptPersonalData;
import be.passerelle.core.ratelimit.RateLimitCounters;
import be.passerelle.core.ratelimit.SharedRateLimiter;
import be.passerelle.core.referral.ErasePersonalData;
import be.passerelle.core.statistics.RefreshReferralFlows;
import be.passerelle.core.tenant.ReconcileTenants;
import be.passerelle.core.webhook.DispatchWebhooks;
import be.passerelle.persistence.outbox.OutboxSignal;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.scheduling.support.PeriodicTrigger;

/**
 * The jobs as the application wires them, from their settings. Their use cases are never called
 * here (their collaborators are null); only the schedules are read.
 */
class BackgroundJobsTest {
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class, BackgroundJobs.class)
            .withPropertyValues("passerelle.webhooks.dispatcher-enabled=false")
            .withBean(JobRunner.class, () -> new JobRunner((lock, work) -> false, new SimpleMeterRegistry()))
            .withBean(IdempotentRequests.class, () -> new IdempotentRequests(null, null, null))
            .withBean(
                    ErasePersonalData.class,
                    () -> new ErasePersonalData(
                            null, null, null, null, Clock.systemUTC(), Duration.ofDays(1), Duration.ofDays(1)))
            .withBean(ReencryptPersonalData.class, () -> new ReencryptPersonalData(null, null))
            .withBean(RefreshReferralFlows.class, () -> new RefreshReferralFlows(null, null, null))
            .withBean(SharedRateLimiter.class, () -> new SharedRateLimiter(new NoCounters(), Clock.systemUTC()))
            .withBean(ReconcileTenants.class, () -> new ReconcileTenants(null, null, null, null, null))
            .withBean(
                    DispatchWebhooks.class,
                    () -> new DispatchWebhooks(null, null, null, null, null, null, null, null, null))
            .withBean(OutboxSignal.class, OutboxSignal::new);

    @Test
    void by_default_every_job_keeps_the_schedule_it_had() {
        context.run(application -> {
            Map<String, Job> jobs = jobs(application);
            assertThat(jobs)
                    .containsOnlyKeys(
                            "idempotency-purge",
                            "retention",
                            "re-encryption",
                            "referral-flow-refresh",
                            "referral-flow-reconcile",
                            "rate-limit-purge",
                            "tenant-reconciler");
            assertEvery(jobs.get("idempotency-purge"), Duration.ofHours(1), Duration.ofMinutes(10));
            assertEvery(jobs.get("retention"), Duration.ofHours(1), Duration.ofMinutes(5));
            assertEvery(jobs.get("re-encryption"), Duration.ofMinutes(10), Duration.ofMinutes(2));
            assertEvery(jobs.get("referral-flow-refresh"), Duration.ofSeconds(15), Duration.ofSeconds(5));
            assertEvery(jobs.get("rate-limit-purge"), Duration.ofMinutes(1), Duration.ofMinutes(1));
            assertEvery(jobs.get("tenant-reconciler"), Duration.ofSeconds(30), Duration.ofSeconds(30));
            assertThat(((CronTrigger) jobs.get("referral-flow-reconcile").trigger()).getExpression())
                    .isEqualTo("0 30 3 * * *");
        });
    }

    @Test
    void the_locks_keep_all_but_the_rate_limit_purge_to_one_node_and_the_reconciliation_off_the_refresh() {
        context.run(application -> {
            Map<String, Job> jobs = jobs(application);
            assertThat(jobs.get("rate-limit-purge").lock()).isEmpty();
            assertThat(jobs.get("referral-flow-reconcile").lock()).contains("referral-flow-refresh");
            assertThat(jobs.get("retention").lock()).contains("retention");
            assertThat(jobs.get("tenant-reconciler").lock()).contains("tenant-reconciler");
        });
    }

    @Test
    void the_retention_interval_setting_is_the_retention_jobs_interval() {
        context.withPropertyValues("passerelle.retention.interval=7m")
                .run(application ->
                        assertEvery(jobs(application).get("retention"), Duration.ofMinutes(7), Duration.ofMinutes(5)));
    }

    @Test
    void each_interval_setting_reaches_its_job() {
        context.withPropertyValues(
                        "passerelle.jobs.idempotency-purge-interval=2h",
                        "passerelle.jobs.re-encryption-interval=3m",
                        "passerelle.jobs.rate-limit-purge-interval=20s",
                        "passerelle.jobs.referral-flow-reconcile-cron=0 0 4 * * *",
                        "passerelle.statistics.referral-flows.refresh-interval=PT2S",
                        "passerelle.tenants.reconcile-every=45s")
                .run(application -> {
                    Map<String, Job> jobs = jobs(application);
                    assertEvery(jobs.get("idempotency-purge"), Duration.ofHours(2), Duration.ofMinutes(10));
                    assertEvery(jobs.get("re-encryption"), Duration.ofMinutes(3), Duration.ofMinutes(2));
                    assertEvery(jobs.get("rate-limit-purge"), Duration.ofSeconds(20), Duration.ofSeconds(20));
                    assertEvery(jobs.get("referral-flow-refresh"), Duration.ofSeconds(2), Duration.ofSeconds(5));
                    assertEvery(jobs.get("tenant-reconciler"), Duration.ofSeconds(45), Duration.ofSeconds(45));
                    assertThat(((CronTrigger)
                                            jobs.get("referral-flow-reconcile").trigger())
                                    .getExpression())
                            .isEqualTo("0 0 4 * * *");
                });
    }

    @Test
    void the_documented_environment_variables_still_set_the_intervals() {
        context.withInitializer(application -> application
                        .getEnvironment()
                        .getPropertySources()
                        .addFirst(new SystemEnvironmentPropertySource(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                Map.of(
                                        "PASSERELLE_TENANTS_RECONCILE_EVERY", "45s",
                                        "PASSERELLE_RETENTION_INTERVAL", "7m",
                                        "PASSERELLE_JOBS_REENCRYPTIONINTERVAL", "3m"))))
                .run(application -> {
                    Map<String, Job> jobs = jobs(application);
                    assertEvery(jobs.get("tenant-reconciler"), Duration.ofSeconds(45), Duration.ofSeconds(45));
                    assertEvery(jobs.get("retention"), Duration.ofMinutes(7), Duration.ofMinutes(5));
                    assertEvery(jobs.get("re-encryption"), Duration.ofMinutes(3), Duration.ofMinutes(2));
                });
    }

    @Test
    void the_reconciler_and_the_dispatcher_can_be_turned_off_and_the_dispatcher_is_on_by_default() {
        context.withPropertyValues("passerelle.tenants.reconciler.enabled=false")
                .run(application -> {
                    assertThat(jobs(application)).doesNotContainKey("tenant-reconciler");
                    assertThat(application).doesNotHaveBean(WebhookDispatcher.class);
                });
        context.withPropertyValues(
                        "passerelle.webhooks.dispatcher-enabled=true", "passerelle.webhooks.dispatch-interval=1h")
                .run(application -> assertThat(application).hasSingleBean(WebhookDispatcher.class));
    }

    private static Map<String, Job> jobs(AssertableApplicationContext application) {
        assertThat(application).hasNotFailed();
        return application.getBeansOfType(Job.class).values().stream()
                .collect(Collectors.toMap(Job::name, Function.identity()));
    }

    private static void assertEvery(Job job, Duration interval, Duration firstAfter) {
        PeriodicTrigger trigger = (PeriodicTrigger) job.trigger();
        assertThat(trigger.getPeriodDuration()).as(job.name() + " interval").isEqualTo(interval);
        assertThat(trigger.getInitialDelayDuration())
                .as(job.name() + " first run")
                .isEqualTo(firstAfter);
        assertThat(trigger.isFixedRate())
                .as(job.name() + " waits for the end of a run")
                .isFalse();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({
        JobSettings.class,
        RetentionProperties.class,
        WebhookProperties.class,
        ReferralFlowRefreshProperties.class,
        TenantReconcilerProperties.class
    })
    static class Settings {}

    private static final class NoCounters implements RateLimitCounters {
        @Override
        public long add(String key, Instant start, Instant end, long requests) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int purgeEndedBefore(Instant before) {
            throw new UnsupportedOperationException();
        }
    }
}

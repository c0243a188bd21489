package be.passerelle.api.jobs;

import static be.passerelle.api.jobs.Job.every;

import be.passerelle.core.health.ReadReferralHealth;
import be.passerelle.core.referral.ScanReferralDeadlines;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The referral health jobs (issue #19): the deadline scan and the health gauges. */
@Configuration(proxyBeanMethods = false)
class ReferralHealthJobs {
    static final String DEADLINE_SCAN = "referral-deadline-scan";
    private static final Logger log = LoggerFactory.getLogger(ReferralHealthJobs.class);

    /**
     * Marks the referrals not acknowledged yet as due soon, overdue or escalated, and records their
     * outbox events: one node at a time (and idempotent anyway, by the marks' key).
     */
    @Bean
    Job referralDeadlineScan(ScanReferralDeadlines scan, ReferralHealthProperties properties) {
        return Job.oneNodeAtATime(DEADLINE_SCAN, every(properties.scanInterval(), Duration.ofMinutes(1)), () -> {
            int marked = scan.run();
            if (marked > 0) {
                log.info("deadline scan: {} referrals marked", marked);
            }
        });
    }

    @Bean
    ReferralHealthGauges referralHealthGauges(ReadReferralHealth health, MeterRegistry registry) {
        return new ReferralHealthGauges(health, registry);
    }

    /** Every node refreshes its own gauges (a read: counts per receiving institution). */
    @Bean
    Job referralHealthGaugeRefresh(ReferralHealthGauges gauges, ReferralHealthProperties properties) {
        Duration interval = properties.gaugeInterval();
        return Job.onEveryNode("referral-health-gauges", every(interval, Duration.ofSeconds(20)), gauges::refresh);
    }
}

package be.passerelle.api.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code passerelle.referral-health.*}: how often the deadline scan runs (reminders, overdue notices
 * and escalations are at most this late) and how often the health gauges are refreshed.
 */
@ConfigurationProperties("passerelle.referral-health")
public record ReferralHealthProperties(
        @DefaultValue("5m") Duration scanInterval,
        @DefaultValue("1m") Duration gaugeInterval) {}

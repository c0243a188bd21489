package be.passerelle.api.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code passerelle.statistics.referral-flows.refresh-interval}: how often new referrals are folded
 * into the public referral flows (the published figures are at most about a minute old).
 */
@ConfigurationProperties("passerelle.statistics.referral-flows")
public record ReferralFlowRefreshProperties(
        @DefaultValue("15s") Duration refreshInterval) {}

package be.passerelle.api.ratelimit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code passerelle.rate-limits.*}: requests per {@code window} (fixed, shared by every API node),
 * per tenant ({@code tenant}, the default of a tenant whose own the network admin has not set), per
 * API client ({@code api-client}), per client address for the anonymous endpoints ({@code
 * anonymous}) and for the citizen's status check ({@code citizen-status}); how long a node keeps a
 * tenant's own limit before reading it again ({@code tenant-cache}).
 */
@ConfigurationProperties("passerelle.rate-limits")
public record RateLimitProperties(
        @DefaultValue("1m") Duration window,
        @DefaultValue("6000") long tenant,
        @DefaultValue("3000") long apiClient,
        @DefaultValue("600") long anonymous,
        @DefaultValue("30") long citizenStatus,
        @DefaultValue("10s") Duration tenantCache) {}

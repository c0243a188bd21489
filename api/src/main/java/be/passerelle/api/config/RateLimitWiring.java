package be.passerelle.api.config;

import be.passerelle.api.ratelimit.RateLimitProperties;
import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.ratelimit.RateLimitCounters;
import be.passerelle.core.ratelimit.SharedRateLimiter;
import be.passerelle.core.shared.UnitOfWork;
import be.passerelle.core.tenant.ManageTenantRateLimits;
import be.passerelle.core.tenant.TenantRateLimits;
import be.passerelle.core.tenant.Tenants;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shared rate limits (SPEC §5): the limiter and the tenants' own budgets. */
@Configuration(proxyBeanMethods = false)
class RateLimitWiring {

    @Bean
    SharedRateLimiter sharedRateLimiter(RateLimitCounters counters, Clock clock) {
        return new SharedRateLimiter(counters, clock);
    }

    @Bean
    ManageTenantRateLimits manageTenantRateLimits(
            UnitOfWork unitOfWork,
            Tenants tenants,
            TenantRateLimits limits,
            AuditTrail audit,
            RateLimitProperties properties,
            Clock clock) {
        return new ManageTenantRateLimits(
                unitOfWork, tenants, limits, audit, properties.tenant(), properties.tenantCache(), clock);
    }
}

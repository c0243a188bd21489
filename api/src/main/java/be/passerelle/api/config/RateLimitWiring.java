package be.passerelle.api.config;

import be.passerelle.api.ratelimit.RateLimitProperties;
import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.ratelimit.RateLimitCounters;
import be.passerelle.core.ratelimit.SharedRateLimiter;
import be.passerelle.core.shared.Unavailable;
import be.passerelle.core.shared.UnitOfWork;
import be.passerelle.core.tenant.ManageTenantRateLimits;
import be.passerelle.core.tenant.TenantRateLimits;
import be.passerelle.core.tenant.Tenants;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** The shared rate limits (SPEC §5): the limiter, the tenants' own budgets, the purge of ended windows. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RateLimitWiring {
    private static final Logger log = LoggerFactory.getLogger(RateLimitWiring.class);

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

    @Bean
    PurgeJob rateLimitPurgeJob(SharedRateLimiter limiter) {
        return new PurgeJob(limiter);
    }

    /** Every node deletes the counts of ended windows now and then (idempotent, indexed). */
    static final class PurgeJob {
        private final SharedRateLimiter limiter;

        PurgeJob(SharedRateLimiter limiter) {
            this.limiter = limiter;
        }

        @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1M")
        void run() {
            try {
                log.debug("rate limits: {} ended windows purged", limiter.purgeEnded());
            } catch (Unavailable e) {
                log.warn("rate limits: ended windows not purged: {}", e.getMessage());
            }
        }
    }
}

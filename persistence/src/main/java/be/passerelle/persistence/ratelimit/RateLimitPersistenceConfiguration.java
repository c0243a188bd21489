package be.passerelle.persistence.ratelimit;

import be.passerelle.core.ratelimit.RateLimitCounters;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shared rate-limit counters. */
@Configuration(proxyBeanMethods = false)
public class RateLimitPersistenceConfiguration {

    /** Shared by every node; outside units of work (see the adapter). */
    @Bean
    public RateLimitCounters rateLimitCounters(@Qualifier("applicationDataSource") DataSource application) {
        return new JooqRateLimitCounters(application);
    }
}

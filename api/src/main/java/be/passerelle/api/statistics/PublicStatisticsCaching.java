package be.passerelle.api.statistics;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How long a rendered public statistics response is kept ({@code passerelle.statistics.public-cache-ttl},
 * default 5 s): the published figures then lag the rollups (refreshed every 15 s) by 5 s at most.
 */
@Configuration(proxyBeanMethods = false)
class PublicStatisticsCaching {

    @Bean
    ShortLivedResponses shortLivedResponses(
            Clock clock, @Value("${passerelle.statistics.public-cache-ttl:5s}") Duration ttl) {
        return new ShortLivedResponses(clock, ttl);
    }
}

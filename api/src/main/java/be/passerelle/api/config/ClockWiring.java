package be.passerelle.api.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock every use case, filter and job reads the time from (tests replace it). */
@Configuration(proxyBeanMethods = false)
class ClockWiring {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}

package be.passerelle.persistence.health;

import be.passerelle.core.health.ReferralHealthFigures;
import be.passerelle.persistence.Database;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The referral health views' adapter: counts per receiver and per assignee. */
@Configuration(proxyBeanMethods = false)
public class HealthPersistenceConfiguration {

    @Bean
    public ReferralHealthFigures referralHealthFigures(Database database) {
        return new JooqReferralHealthFigures(database);
    }
}

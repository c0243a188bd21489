package be.passerelle.persistence.statistics;

import be.passerelle.core.statistics.ReferralFlowRollups;
import be.passerelle.persistence.Database;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The referral-flow rollups as a Spring bean. */
@Configuration(proxyBeanMethods = false)
public class ReferralFlowPersistenceConfiguration {

    @Bean
    public ReferralFlowRollups referralFlowRollups(Database database) {
        return new JooqReferralFlowRollups(database);
    }

    /** For integration tests of other modules that need the adapter without Spring. */
    public static ReferralFlowRollups rollups(Database database) {
        return new JooqReferralFlowRollups(database);
    }
}

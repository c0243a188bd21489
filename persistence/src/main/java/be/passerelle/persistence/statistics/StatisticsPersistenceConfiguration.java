package be.passerelle.persistence.statistics;

import be.passerelle.core.statistics.AnnualReports;
import be.passerelle.core.statistics.ReferralFlowRollups;
import be.passerelle.persistence.Database;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The statistics' adapters: the annual reports and the referral-flow rollups. */
@Configuration(proxyBeanMethods = false)
public class StatisticsPersistenceConfiguration {

    @Bean
    public AnnualReports annualReports(Database database) {
        return new JooqAnnualReports(database);
    }

    @Bean
    public ReferralFlowRollups referralFlowRollups(Database database) {
        return new JooqReferralFlowRollups(database);
    }
}

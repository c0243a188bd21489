package be.passerelle.persistence.statistics;

import be.passerelle.core.statistics.AnnualReports;
import be.passerelle.persistence.Database;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The statistics' persistence adapters as Spring beans. */
@Configuration(proxyBeanMethods = false)
public class StatisticsPersistence {

    @Bean
    public AnnualReports annualReports(Database database) {
        return new JooqAnnualReports(database);
    }
}

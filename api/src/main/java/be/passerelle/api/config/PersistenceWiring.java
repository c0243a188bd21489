package be.passerelle.api.config;

import be.passerelle.persistence.DatabaseSettings;
import be.passerelle.persistence.PersistenceConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Hands the configured database settings to the persistence adapters (one configuration per capability). */
@Configuration(proxyBeanMethods = false)
@Import(PersistenceConfiguration.class)
class PersistenceWiring {

    @Bean
    DatabaseSettings databaseSettings(DatabaseProperties properties) {
        return properties.toSettings();
    }
}

package be.passerelle.api.config;

import be.passerelle.infra.keycloak.LocalKeycloak;
import be.passerelle.infra.keycloak.LocalKeycloakLifecycle;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The local stack's Keycloak, started with the API ({@code passerelle.dev.keycloak.enabled}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "passerelle.dev.keycloak.enabled", havingValue = "true")
class LocalStack {

    @Bean
    LocalKeycloakLifecycle localKeycloak(
            @Value("${passerelle.dev.keycloak.distribution}") Path distribution,
            @Value("${passerelle.dev.keycloak.work-directory}") Path workDirectory,
            @Value("${passerelle.dev.keycloak.http-port}") int httpPort,
            @Value("${passerelle.dev.keycloak.management-port}") int managementPort,
            @Value("${passerelle.dev.keycloak.realm-file}") Path realmFile,
            @Value("${passerelle.dev.mail-port:3025}") int mailPort,
            @Value("${passerelle.dev.mail-directory:.passerelle/mail}") Path mailDirectory) {
        return new LocalKeycloakLifecycle(
                new LocalKeycloak.Options(distribution, workDirectory, httpPort, managementPort, realmFile, false),
                mailPort,
                java.util.Optional.of(mailDirectory));
    }
}

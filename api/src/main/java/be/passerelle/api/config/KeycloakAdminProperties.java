package be.passerelle.api.config;

import be.passerelle.infra.keycloak.KeycloakAdminSettings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code passerelle.keycloak.admin.*}: the confidential client through which the API provisions
 * organizations, users and API clients ({@code PASSERELLE_KEYCLOAK_ADMIN_CLIENT_SECRET} in
 * production). Server and realm default to those of the token issuer.
 */
@ConfigurationProperties("passerelle.keycloak.admin")
public record KeycloakAdminProperties(
        String baseUrl,
        String realm,
        @DefaultValue("passerelle-admin") String clientId,
        String clientSecret,
        @DefaultValue("true") boolean secondFactor,
        @DefaultValue("5s") Duration timeout) {

    KeycloakAdminSettings toSettings(String issuer, String audience) {
        int realms = issuer.indexOf("/realms/");
        String server = baseUrl != null && !baseUrl.isBlank() ? baseUrl : issuer.substring(0, realms);
        String realmName = realm != null && !realm.isBlank() ? realm : issuer.substring(realms + "/realms/".length());
        return new KeycloakAdminSettings(server, realmName, clientId, clientSecret, audience, secondFactor, timeout);
    }
}

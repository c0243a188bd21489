package be.passerelle.infra.keycloak;

import java.time.Duration;
import java.util.Objects;

/**
 * How the API reaches Keycloak's admin API: the server, the realm, and the confidential client
 * whose service account has the {@code realm-management} roles {@code manage-users, view-users,
 * query-users, manage-realm, view-realm, manage-clients, view-clients, query-clients}.
 *
 * @param apiAudience the audience mapper value put on new API clients' tokens
 * @param secondFactor whether new staff must set up OTP at first login (off only in development)
 */
public record KeycloakAdminSettings(
        String baseUrl,
        String realm,
        String clientId,
        String clientSecret,
        String apiAudience,
        boolean secondFactor,
        Duration timeout) {
    public KeycloakAdminSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(realm, "realm");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(apiAudience, "apiAudience");
        Objects.requireNonNull(timeout, "timeout");
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Override
    public String toString() {
        return "KeycloakAdminSettings[baseUrl=" + baseUrl + ", realm=" + realm + ", clientId=" + clientId + "]";
    }
}

package be.passerelle.api.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code passerelle.security.*}: the Keycloak realm whose tokens the API accepts.
 *
 * @param issuer the realm's issuer, exactly as in the tokens' {@code iss}
 * @param jwkSetUri where the realm's signing keys are (default: the issuer's certs endpoint)
 * @param audience the audience every access token must carry
 * @param jwkSetCacheTtl how long a fetched key set is used before it is refreshed
 * @param clockSkew tolerance on {@code exp} and {@code nbf}
 * @param corsAllowedOrigins browser origins allowed to call the API
 */
@ConfigurationProperties("passerelle.security")
public record SecurityProperties(
        String issuer,
        String jwkSetUri,
        @DefaultValue("passerelle-api") String audience,
        @DefaultValue("5m") Duration jwkSetCacheTtl,
        @DefaultValue("30s") Duration clockSkew,
        @DefaultValue List<String> corsAllowedOrigins) {

    public String effectiveJwkSetUri() {
        return jwkSetUri == null || jwkSetUri.isBlank() ? issuer + "/protocol/openid-connect/certs" : jwkSetUri;
    }
}

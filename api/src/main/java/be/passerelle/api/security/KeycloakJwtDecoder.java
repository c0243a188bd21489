package be.passerelle.api.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The decoder for the realm's access tokens. It never calls Keycloak at start-up (the key set is
 * fetched on first use), keeps serving the last good key set when a refresh fails, accepts only
 * RS256 signatures from that key set (so {@code alg: none} and HMAC tricks fail), and checks
 * issuer, audience, expiry and that the token is an access token (Keycloak's {@code typ: Bearer},
 * not an ID token). A key id that is still unknown after the rate-limited refresh is a bad token
 * (401), whereas a key set that cannot be fetched at all is an outage (503, see {@link
 * SecurityConfiguration}).
 */
public final class KeycloakJwtDecoder {
    private static final long LONG_CACHE_MS = 60_000;

    private KeycloakJwtDecoder() {}

    public static JwtDecoder create(SecurityProperties properties) {
        JWKSource<SecurityContext> keys;
        try {
            long ttl = properties.jwkSetCacheTtl().toMillis();
            keys = JWKSourceBuilder.create(
                            URI.create(properties.effectiveJwkSetUri()).toURL())
                    .cache(ttl, Math.min(5_000, Math.max(1, ttl / 2)))
                    // an unknown key id triggers at most one refresh per 30 s; keys are refreshed
                    // ahead of expiry (both need a cache period longer than that)
                    .rateLimited(ttl > LONG_CACHE_MS)
                    .refreshAheadCache(ttl > LONG_CACHE_MS)
                    .outageTolerantForever()
                    .build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("passerelle.security.jwk-set-uri is not a URL", e);
        }
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, unknownWhenRateLimited(keys)));
        // Claims are checked by the validators below (Spring's, with clock skew).
        processor.setJWTClaimsSetVerifier((claims, context) -> {});
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        decoder.setJwtValidator(validator(properties));
        return decoder;
    }

    /**
     * Within the refresh rate limit, Nimbus answers a key id it does not hold with an exception that
     * Spring turns into a server error. Once a key set has been fetched, that is simply no key for
     * that token (401); before any key set was ever fetched it stays an outage (503).
     */
    private static JWKSource<SecurityContext> unknownWhenRateLimited(JWKSource<SecurityContext> keys) {
        AtomicBoolean fetched = new AtomicBoolean();
        return (selector, context) -> {
            try {
                List<JWK> found = keys.get(selector, context);
                fetched.set(true);
                return found;
            } catch (RateLimitReachedException e) {
                if (!fetched.get()) {
                    throw e;
                }
                return List.of();
            }
        };
    }

    static OAuth2TokenValidator<Jwt> validator(SecurityProperties properties) {
        return new DelegatingOAuth2TokenValidator<>(List.of(
                new JwtTimestampValidator(properties.clockSkew()),
                new JwtIssuerValidator(properties.issuer()),
                new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(properties.audience())),
                new JwtClaimValidator<String>("typ", "Bearer"::equals),
                new JwtClaimValidator<Object>("exp", exp -> exp != null)));
    }
}

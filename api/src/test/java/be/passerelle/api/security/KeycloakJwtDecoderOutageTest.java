package be.passerelle.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * The decoder never needs Keycloak to start, and keeps the last key set it fetched when Keycloak
 * goes down (SPEC §7: tokens already issued keep working).
 */
class KeycloakJwtDecoderOutageTest {
    private static final String ISSUER = "http://localhost:8180/realms/passerelle";

    @Test
    void building_the_decoder_does_not_call_keycloak() {
        JwtDecoder decoder = KeycloakJwtDecoder.create(properties("http://127.0.0.1:1/certs", Duration.ofMinutes(5)));
        assertThatThrownBy(() -> decoder.decode("not.a.token")).isInstanceOf(JwtException.class);
    }

    @Test
    void valid_tokens_keep_working_with_the_last_key_set_when_keycloak_is_down() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("k1").generate();
        AtomicInteger fetches = new AtomicInteger();
        HttpServer keycloak = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        keycloak.createContext("/certs", exchange -> {
            fetches.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        keycloak.start();
        String uri = "http://127.0.0.1:" + keycloak.getAddress().getPort() + "/certs";
        JwtDecoder decoder = KeycloakJwtDecoder.create(properties(uri, Duration.ofMillis(1)));
        String token = sign(key);

        assertThat(decoder.decode(token).getSubject()).isEqualTo("someone");
        assertThat(fetches.get()).isEqualTo(1);

        keycloak.stop(0);
        // the 1 ms cache period is over: the decoder tries to refresh, fails, and keeps the old set
        assertThat(decoder.decode(sign(key)).getSubject()).isEqualTo("someone");
        assertThat(decoder.decode(token).getSubject()).isEqualTo("someone");
    }

    /** A five-minute access token of the realm, signed with {@code key} (also for the unknown-key test). */
    static String sign(RSAKey key) throws Exception {
        Instant now = Instant.now();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(key.getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                new JWTClaimsSet.Builder()
                        .issuer(ISSUER)
                        .audience("passerelle-api")
                        .subject("someone")
                        .claim("typ", "Bearer")
                        .issueTime(Date.from(now))
                        .expirationTime(Date.from(now.plusSeconds(300)))
                        .build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static SecurityProperties properties(String jwkSetUri, Duration ttl) {
        return new SecurityProperties(ISSUER, jwkSetUri, "passerelle-api", ttl, Duration.ofSeconds(30), List.of());
    }
}

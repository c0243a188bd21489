package be.passerelle.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * With the production cache period the key set is refreshed at most once per 30 s: a token whose
 * key id the realm does not publish is a bad token every time (401), while a key set that was
 * never fetched is an outage every time (503), not a bad token.
 */
class KeycloakJwtDecoderUnknownKeyTest {
    private static final String ISSUER = "http://localhost:8180/realms/passerelle";

    @Test
    void an_unknown_key_id_is_a_bad_token_every_time() throws Exception {
        RSAKey published = new RSAKeyGenerator(2048).keyID("published").generate();
        RSAKey unknown = new RSAKeyGenerator(2048).keyID("unknown").generate();
        HttpServer keycloak = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] jwks = new JWKSet(published.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        keycloak.createContext("/certs", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        keycloak.start();
        try {
            JwtDecoder decoder = KeycloakJwtDecoder.create(
                    properties("http://127.0.0.1:" + keycloak.getAddress().getPort() + "/certs"));
            assertThat(decoder.decode(KeycloakJwtDecoderOutageTest.sign(published))
                            .getSubject())
                    .isEqualTo("someone");
            for (int attempt = 0; attempt < 3; attempt++) {
                String token = KeycloakJwtDecoderOutageTest.sign(unknown);
                assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(BadJwtException.class);
            }
            assertThat(decoder.decode(KeycloakJwtDecoderOutageTest.sign(published))
                            .getSubject())
                    .isEqualTo("someone");
        } finally {
            keycloak.stop(0);
        }
    }

    @Test
    void a_key_set_never_fetched_is_an_outage_every_time() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("k1").generate();
        JwtDecoder decoder = KeycloakJwtDecoder.create(properties("http://127.0.0.1:1/certs"));
        for (int attempt = 0; attempt < 3; attempt++) {
            String token = KeycloakJwtDecoderOutageTest.sign(key);
            assertThatThrownBy(() -> decoder.decode(token))
                    .isInstanceOf(JwtException.class)
                    .isNotInstanceOf(BadJwtException.class);
        }
    }

    private static SecurityProperties properties(String jwkSetUri) {
        return new SecurityProperties(
                ISSUER, jwkSetUri, "passerelle-api", Duration.ofMinutes(5), Duration.ofSeconds(30), List.of());
    }
}

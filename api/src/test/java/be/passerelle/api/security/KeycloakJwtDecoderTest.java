package be.passerelle.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;

/** The claim checks of the token validator, one reason for refusal at a time. */
class KeycloakJwtDecoderTest {
    private static final String ISSUER = "http://localhost:8180/realms/passerelle";
    private static final OAuth2TokenValidator<Jwt> VALIDATOR = KeycloakJwtDecoder.validator(new SecurityProperties(
            ISSUER, null, "passerelle-api", Duration.ofMinutes(5), Duration.ofSeconds(30), List.of()));

    @Test
    void a_current_access_token_for_the_api_is_valid() {
        assertThat(VALIDATOR.validate(token().build()).hasErrors()).isFalse();
    }

    @Test
    void an_expired_token_beyond_the_clock_skew_is_refused() {
        Instant past = Instant.now().minus(Duration.ofMinutes(10));
        assertThat(VALIDATOR
                        .validate(token().issuedAt(past.minusSeconds(300))
                                .expiresAt(past)
                                .build())
                        .hasErrors())
                .isTrue();
    }

    @Test
    void a_token_not_yet_valid_is_refused() {
        assertThat(VALIDATOR
                        .validate(token().notBefore(Instant.now().plus(Duration.ofMinutes(5)))
                                .build())
                        .hasErrors())
                .isTrue();
    }

    @Test
    void a_token_from_another_issuer_is_refused() {
        assertThat(VALIDATOR
                        .validate(token().issuer("http://localhost:8180/realms/other")
                                .build())
                        .hasErrors())
                .isTrue();
    }

    @Test
    void a_token_for_another_audience_is_refused() {
        assertThat(VALIDATOR
                        .validate(token().audience(List.of("account")).build())
                        .hasErrors())
                .isTrue();
    }

    @Test
    void an_id_token_is_refused() {
        assertThat(VALIDATOR.validate(token().claim("typ", "ID").build()).hasErrors())
                .isTrue();
    }

    @Test
    void a_token_without_expiry_is_refused() {
        Jwt jwt = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .issuer(ISSUER)
                .audience(List.of("passerelle-api"))
                .claim("typ", "Bearer")
                .subject("someone")
                .build();
        assertThat(VALIDATOR.validate(jwt).hasErrors()).isTrue();
    }

    private static Jwt.Builder token() {
        Instant now = Instant.now();
        return Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .issuer(ISSUER)
                .audience(List.of("passerelle-api"))
                .claim("typ", "Bearer")
                .subject("someone")
                .issuedAt(now)
                .expiresAt(now.plus(Duration.ofMinutes(5)));
    }
}

package be.passerelle.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The family of domain failures is closed, one class per kind, so the API's switch over kinds covers every class. */
class DomainExceptionTest {

    @Test
    void every_permitted_class_is_one_kind_of_the_same_name() {
        assertThat(Arrays.stream(DomainException.class.getPermittedSubclasses())
                        .map(c -> c.getSimpleName()
                                .replaceAll("([a-z])([A-Z])", "$1_$2")
                                .toUpperCase(Locale.ROOT)))
                .containsExactlyInAnyOrder(Arrays.stream(DomainException.Kind.values())
                        .map(Enum::name)
                        .toArray(String[]::new));
    }

    @Test
    void each_class_reports_its_own_kind() {
        assertThat(new StaleVersion("x").kind()).isEqualTo(DomainException.Kind.STALE_VERSION);
        assertThat(new VersionRequired("x").kind()).isEqualTo(DomainException.Kind.VERSION_REQUIRED);
        assertThat(new TooLarge("x").kind()).isEqualTo(DomainException.Kind.TOO_LARGE);
        assertThat(new UnsupportedContent("x").kind()).isEqualTo(DomainException.Kind.UNSUPPORTED_CONTENT);
        assertThat(new NotFound("x").kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
        assertThat(new AccessDenied("x").kind()).isEqualTo(DomainException.Kind.ACCESS_DENIED);
        assertThat(new InvalidInput("x").kind()).isEqualTo(DomainException.Kind.INVALID_INPUT);
        assertThat(new BusinessRuleViolation("x").kind()).isEqualTo(DomainException.Kind.BUSINESS_RULE_VIOLATION);
        assertThat(new Conflict("x").kind()).isEqualTo(DomainException.Kind.CONFLICT);
        assertThat(new RateLimited(java.time.Duration.ofSeconds(1)).kind())
                .isEqualTo(DomainException.Kind.RATE_LIMITED);
        assertThat(new Unavailable("x").kind()).isEqualTo(DomainException.Kind.UNAVAILABLE);
    }
}

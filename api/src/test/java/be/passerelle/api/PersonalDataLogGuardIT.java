package be.passerelle.api;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.infra.testing.PersonalDataLogGuard;
import be.passerelle.infra.testing.PersonalDataMarkers;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The personal-data log guard watches the application's logging as Spring Boot configured it (which
 * resets Logback when the application starts), not only the logging before it.
 */
class PersonalDataLogGuardIT extends ApiIntegrationTest {

    @Test
    void a_marked_value_logged_by_the_application_is_caught() {
        String lastName = PersonalDataMarkers.marked("Dupont");

        LoggerFactory.getLogger("be.passerelle.api.referral").warn("referral refused for {}", lastName);

        assertThatThrownBy(() -> PersonalDataLogGuard.verify("this test"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("be.passerelle.api.referral: referral refused for " + lastName);
    }
}

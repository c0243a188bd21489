package be.passerelle.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

class UserLocaleResolverTest {
    private final UserLocaleResolver resolver = new UserLocaleResolver();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_keycloak_locale_comes_before_the_browsers() {
        signedInWithKeycloakLocale("de");
        MockHttpServletRequest request = browserAsking("nl-BE,nl;q=0.9");

        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.forLanguageTag("de"));
    }

    @Test
    void the_language_chosen_for_the_session_overrides_the_keycloak_locale() {
        signedInWithKeycloakLocale("de");
        MockHttpServletRequest request = browserAsking("nl");

        resolver.setLocale(request, new MockHttpServletResponse(), Locale.forLanguageTag("en-GB"));

        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void an_anonymous_visitors_choice_is_kept_in_their_session() {
        MockHttpServletRequest request = browserAsking("de");

        resolver.setLocale(request, new MockHttpServletResponse(), Locale.forLanguageTag("nl"));

        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.forLanguageTag("nl"));
    }

    @Test
    void a_language_that_is_not_ours_is_not_kept() {
        MockHttpServletRequest request = browserAsking("de");

        resolver.setLocale(request, new MockHttpServletResponse(), Locale.ITALIAN);

        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.forLanguageTag("de"));
        assertThat(request.getSession(false)).isNull();
    }

    @Test
    void french_when_nothing_else_says() {
        assertThat(resolver.resolveLocale(browserAsking("it"))).isEqualTo(Locale.forLanguageTag("fr"));
    }

    private static MockHttpServletRequest browserAsking(String acceptLanguage) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Accept-Language", acceptLanguage);
        return request;
    }

    private static void signedInWithKeycloakLocale(String locale) {
        OidcIdToken token = new OidcIdToken(
                "token", Instant.now(), Instant.now().plusSeconds(60), Map.of("sub", "user-1", "locale", locale));
        DefaultOidcUser user = new DefaultOidcUser(List.of(), token);
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(user, null));
    }
}

package be.passerelle.web.session;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.web.config.WebSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.web.http.CookieSerializer.CookieValue;

/** The production cookie (the integration tests run the development one over plain http). */
class SessionCookieTest {

    @Test
    void production_session_cookie_is_host_prefixed_secure_http_only_lax_without_domain() {
        var serializer = SessionConfiguration.sessionCookie(new WebSettings.Session(
                "__Host-passerelle-session", true, Duration.ofMinutes(30), Duration.ofHours(10), "unused"));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/received");
        request.setServerName("web.passerelle.example");
        request.setContextPath("");
        MockHttpServletResponse response = new MockHttpServletResponse();

        serializer.writeCookieValue(new CookieValue(request, response, "session-id"));

        String cookie = response.getHeader("Set-Cookie");
        assertThat(cookie)
                .startsWith("__Host-passerelle-session=")
                .contains("; Path=/", "; Secure", "; HttpOnly", "; SameSite=Lax")
                .doesNotContainIgnoringCase("Domain=")
                .doesNotContainIgnoringCase("Max-Age")
                .doesNotContainIgnoringCase("Expires");
    }
}

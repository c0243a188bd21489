package be.passerelle.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

class AbsoluteSessionTimeoutTest {
    private static final Instant SIGN_IN = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void a_session_younger_than_the_limit_goes_on() throws Exception {
        MockHttpSession session = signedInAt(SIGN_IN);
        filterAt(SIGN_IN.plus(Duration.ofHours(9).plusMinutes(59)), session);
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void a_session_as_old_as_the_limit_ends_however_busy() throws Exception {
        MockHttpSession session = signedInAt(SIGN_IN);
        filterAt(SIGN_IN.plus(Duration.ofHours(10)), session);
        assertThat(session.isInvalid()).isTrue();
    }

    private static MockHttpSession signedInAt(Instant instant) {
        MockHttpSession session = new MockHttpSession();
        AbsoluteSessionTimeout.signedIn(session, Clock.fixed(instant, ZoneOffset.UTC));
        return session;
    }

    private static void filterAt(Instant now, MockHttpSession session) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/received");
        request.setSession(session);
        new AbsoluteSessionTimeout(Duration.ofHours(10), Clock.fixed(now, ZoneOffset.UTC))
                .doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
    }
}

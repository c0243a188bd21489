package be.passerelle.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.web.filter.OncePerRequestFilter;

/** Ends a session older than the absolute timeout since sign-in, however busy it was. */
final class AbsoluteSessionTimeout extends OncePerRequestFilter {
    static final int ORDER = -1000;
    private static final String SIGNED_IN_AT = AbsoluteSessionTimeout.class.getName() + ".signedInAt";

    private final Duration limit;
    private final Clock clock;

    AbsoluteSessionTimeout(Duration limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
    }

    static void signedIn(HttpSession session, Clock clock) {
        session.setAttribute(SIGNED_IN_AT, clock.instant());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt
                && !clock.instant().isBefore(signedInAt.plus(limit))) {
            session.invalidate();
        }
        chain.doFilter(request, response);
    }
}

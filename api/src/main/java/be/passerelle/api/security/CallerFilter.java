package be.passerelle.api.security;

import be.passerelle.api.web.Callers;
import be.passerelle.api.web.ProblemWriter;
import be.passerelle.core.shared.AccessDenied;
import be.passerelle.core.shared.Caller;
import be.passerelle.core.shared.Unavailable;
import be.passerelle.core.tenant.IdentifyCaller;
import be.passerelle.infra.keycloak.KeycloakClaims;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Establishes the {@link Caller} once per request from the verified token (SPEC §3): a token with a
 * tenant role and no, several, an unknown or a suspended organization gets 403 here, before any
 * controller runs.
 */
public final class CallerFilter extends OncePerRequestFilter {
    private final IdentifyCaller identifyCaller;
    private final ProblemWriter problems;

    public CallerFilter(IdentifyCaller identifyCaller, ProblemWriter problems) {
        this.identifyCaller = identifyCaller;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken jwt) {
            try {
                Callers.establish(
                        request,
                        identifyCaller.identify(
                                KeycloakClaims.identity(jwt.getToken().getClaims())));
            } catch (AccessDenied | Unavailable e) {
                problems.write(e, request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}

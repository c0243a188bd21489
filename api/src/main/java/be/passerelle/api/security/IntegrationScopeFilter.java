package be.passerelle.api.security;

import be.passerelle.api.web.Callers;
import be.passerelle.api.web.ProblemWriter;
import be.passerelle.core.shared.AccessDenied;
import be.passerelle.core.shared.ApiScope;
import be.passerelle.core.shared.Caller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An integration client acts as a caseworker narrowed to the scopes it was given (SPEC §3): reading
 * referrals needs {@code referrals:read}, changing them {@code referrals:write}, posting a message
 * {@code messages:write}, downloading an attachment {@code attachments:read}. Staff are not affected.
 */
public final class IntegrationScopeFilter extends OncePerRequestFilter {
    private static final String REFERRALS = "/api/v1/referrals";
    private static final Pattern MESSAGES = Pattern.compile("/api/v1/referrals/[^/]+/messages/?");
    private static final Pattern ATTACHMENT = Pattern.compile("/api/v1/referrals/[^/]+/attachments/[^/]+/?");

    private final ProblemWriter problems;

    public IntegrationScopeFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    /**
     * The scope a referral request needs, or none for requests outside the referrals: the single
     * mapping that this filter enforces and the OpenAPI document publishes.
     */
    public static Optional<ApiScope> required(String method, String path) {
        if (!path.equals(REFERRALS) && !path.startsWith(REFERRALS + "/")) {
            return Optional.empty();
        }
        boolean read = "GET".equals(method) || "HEAD".equals(method);
        if (read && ATTACHMENT.matcher(path).matches()) {
            return Optional.of(ApiScope.ATTACHMENTS_READ);
        }
        if (!read && MESSAGES.matcher(path).matches()) {
            return Optional.of(ApiScope.MESSAGES_WRITE);
        }
        return Optional.of(read ? ApiScope.REFERRALS_READ : ApiScope.REFERRALS_WRITE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Caller caller = Callers.of(request);
        if (caller != null) {
            Optional<ApiScope> needed = required(request.getMethod(), request.getRequestURI());
            if (needed.isPresent() && !caller.mayUse(needed.get())) {
                problems.write(
                        new AccessDenied("this API client lacks the scope "
                                + needed.get().value()),
                        request,
                        response);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}

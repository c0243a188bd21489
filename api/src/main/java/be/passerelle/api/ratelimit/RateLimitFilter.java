package be.passerelle.api.ratelimit;

import be.passerelle.api.web.Callers;
import be.passerelle.api.web.ProblemWriter;
import be.passerelle.core.ratelimit.RateLimit;
import be.passerelle.core.ratelimit.RateLimitDecision;
import be.passerelle.core.ratelimit.SharedRateLimiter;
import be.passerelle.core.shared.Caller;
import be.passerelle.core.shared.RateLimited;
import be.passerelle.core.shared.Role;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.shared.Unavailable;
import be.passerelle.core.tenant.ManageTenantRateLimits;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate limits at the edge of {@code /api/} (SPEC §5), after the caller is known: a tenant's staff
 * and clients share the tenant's budget, an integration client also has its own, a caller without a
 * tenant (the network admin) has one per user, and anonymous requests one per client address (the
 * peer, or what a configured proxy forwarded: Tomcat's {@code RemoteIpValve}), the citizen's status
 * check a smaller one of its own. Every limited response carries {@code RateLimit-Policy} and
 * {@code RateLimit} (draft-ietf-httpapi-ratelimit-headers); a refusal is a 429 problem with {@code
 * Retry-After}.
 */
public final class RateLimitFilter extends OncePerRequestFilter {
    static final String STATUS_PATH = "/api/v1/public/referral-status";

    private final SharedRateLimiter limiter;
    private final ManageTenantRateLimits tenantLimits;
    private final RateLimitProperties properties;
    private final ProblemWriter problems;

    public RateLimitFilter(
            SharedRateLimiter limiter,
            ManageTenantRateLimits tenantLimits,
            RateLimitProperties properties,
            ProblemWriter problems) {
        this.limiter = limiter;
        this.tenantLimits = tenantLimits;
        this.properties = properties;
        this.problems = problems;
    }

    private record Check(String key, RateLimit limit) {}

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<RateLimitDecision> decisions = new ArrayList<>();
        RateLimitDecision refused = null;
        for (Check check : checks(request)) {
            RateLimitDecision decision = limiter.acquire(check.key(), check.limit());
            decisions.add(decision);
            if (!decision.allowed()) {
                refused = decision;
                break;
            }
        }
        response.setHeader("RateLimit-Policy", policies(decisions));
        response.setHeader("RateLimit", states(decisions));
        if (refused != null) {
            problems.write(
                    new RateLimited(refused.limit().policy(), Duration.ofSeconds(refused.resetSeconds())),
                    request,
                    response);
            return;
        }
        chain.doFilter(request, response);
    }

    private List<Check> checks(HttpServletRequest request) {
        Caller caller = Callers.of(request);
        if (caller == null) {
            String address = request.getRemoteAddr();
            return STATUS_PATH.equals(request.getRequestURI()
                            .substring(request.getContextPath().length()))
                    ? List.of(new Check(address, limit("citizen-status", properties.citizenStatus())))
                    : List.of(new Check(address, limit("anonymous", properties.anonymous())));
        }
        if (caller.tenant().isEmpty()) {
            return List.of(new Check(caller.userId(), limit("user", properties.tenant())));
        }
        Tenant tenant = caller.tenant().get();
        List<Check> checks = new ArrayList<>();
        checks.add(new Check(tenant.id().value().toString(), limit("tenant", tenantRequests(tenant))));
        if (caller.has(Role.INTEGRATION)) {
            checks.add(new Check(
                    tenant.id().value() + "/" + caller.clientId().orElse(caller.userId()),
                    limit("api-client", properties.apiClient())));
        }
        return checks;
    }

    private long tenantRequests(Tenant tenant) {
        try {
            return tenantLimits.requestsFor(tenant.id());
        } catch (Unavailable e) {
            return properties.tenant();
        }
    }

    private RateLimit limit(String policy, long requests) {
        return new RateLimit(policy, requests, properties.window());
    }

    private static String policies(List<RateLimitDecision> decisions) {
        return decisions.stream()
                .map(d -> "\"" + d.limit().policy() + "\";q=" + d.limit().requests() + ";w="
                        + d.limit().window().toSeconds())
                .collect(Collectors.joining(", "));
    }

    private static String states(List<RateLimitDecision> decisions) {
        return decisions.stream()
                .map(d -> "\"" + d.limit().policy() + "\";r=" + d.remaining() + ";t=" + d.resetSeconds())
                .collect(Collectors.joining(", "));
    }
}

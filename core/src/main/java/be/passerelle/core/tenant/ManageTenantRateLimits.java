package be.passerelle.core.tenant;

import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.core.shared.UnitOfWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A tenant's request budget per rate-limit window (SPEC §5): the configured default, or the
 * tenant's own as set by the network admin (audited). The tenant's admin may read it, not change
 * it. Every request needs its tenant's budget, so each node keeps it for {@code cacheFor}; a change
 * takes effect at once on the node that made it and within {@code cacheFor} on the others.
 */
public final class ManageTenantRateLimits {
    public static final long MAX_REQUESTS = 100_000_000;

    private final TenantAdministration administration;
    private final TenantRateLimits limits;
    private final long defaultRequests;
    private final Duration cacheFor;
    private final Clock clock;
    private final Map<TenantId, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(long requests, Instant until) {}

    /** A tenant's budget and whether it is the tenant's own. */
    public record Setting(long requestsPerWindow, boolean custom) {}

    public ManageTenantRateLimits(
            UnitOfWork unitOfWork,
            Tenants tenants,
            TenantRateLimits limits,
            AuditTrail audit,
            long defaultRequests,
            Duration cacheFor,
            Clock clock) {
        this.administration = new TenantAdministration(unitOfWork, tenants, audit, clock);
        this.limits = limits;
        this.defaultRequests = defaultRequests;
        this.cacheFor = cacheFor;
        this.clock = clock;
    }

    /** The network admin, or that tenant's admin. */
    public Setting get(CallContext context, TenantSlug slug) {
        Tenant tenant = administration.find(slug);
        if (!TenantAdministration.isAdminOf(context, tenant)) {
            TenantAdministration.requireNetworkAdmin(context);
        }
        Optional<Long> own = administration.unitOfWork().inShared(() -> limits.find(tenant.id()));
        return new Setting(own.orElse(defaultRequests), own.isPresent());
    }

    /** The network admin only. */
    public Setting set(CallContext context, TenantSlug slug, long requestsPerWindow) {
        TenantAdministration.requireNetworkAdmin(context);
        if (requestsPerWindow < 1 || requestsPerWindow > MAX_REQUESTS) {
            throw new InvalidInput("requestsPerWindow is from 1 to " + MAX_REQUESTS);
        }
        Tenant tenant = administration.find(slug);
        administration.unitOfWork().inTenant(tenant.id(), () -> {
            limits.set(tenant.id(), requestsPerWindow, clock.instant());
            administration.audit(context, tenant.id(), "tenant.rate_limit_changed", "tenant", slug.value());
            return null;
        });
        cache.remove(tenant.id());
        return new Setting(requestsPerWindow, true);
    }

    /** Back to the default (the network admin only). */
    public Setting reset(CallContext context, TenantSlug slug) {
        TenantAdministration.requireNetworkAdmin(context);
        Tenant tenant = administration.find(slug);
        administration.unitOfWork().inTenant(tenant.id(), () -> {
            if (limits.clear(tenant.id())) {
                administration.audit(context, tenant.id(), "tenant.rate_limit_reset", "tenant", slug.value());
            }
            return null;
        });
        cache.remove(tenant.id());
        return new Setting(defaultRequests, false);
    }

    /** The budget that applies to {@code tenant}'s requests now (cached on this node). */
    public long requestsFor(TenantId tenant) {
        Instant now = clock.instant();
        Cached cached = cache.get(tenant);
        if (cached != null && now.isBefore(cached.until())) {
            return cached.requests();
        }
        long requests =
                administration.unitOfWork().inShared(() -> limits.find(tenant)).orElse(defaultRequests);
        cache.put(tenant, new Cached(requests, now.plus(cacheFor)));
        return requests;
    }
}

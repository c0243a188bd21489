package be.passerelle.core.tenant;

import be.passerelle.core.shared.TenantId;
import java.time.Instant;
import java.util.Optional;

/** The tenants' own request budgets, where the network admin set one. */
public interface TenantRateLimits {

    /** The tenant's requests per window, when it has its own. */
    Optional<Long> find(TenantId tenant);

    void set(TenantId tenant, long requestsPerWindow, Instant at);

    /** Back to the default; true when the tenant had its own. */
    boolean clear(TenantId tenant);
}

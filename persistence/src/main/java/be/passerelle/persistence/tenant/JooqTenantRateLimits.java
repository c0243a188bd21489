package be.passerelle.persistence.tenant;

import static be.passerelle.persistence.jooq.Tables.TENANT_RATE_LIMITS;

import be.passerelle.core.shared.TenantId;
import be.passerelle.core.tenant.TenantRateLimits;
import be.passerelle.persistence.Database;
import be.passerelle.persistence.Tenancy;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The tenants' own request budgets: network configuration, readable by every request (no row-level
 * security), each row reached through the tenant predicate.
 */
final class JooqTenantRateLimits implements TenantRateLimits {
    private final Database database;

    JooqTenantRateLimits(Database database) {
        this.database = database;
    }

    @Override
    public Optional<Long> find(TenantId tenant) {
        return database.dsl()
                .select(TENANT_RATE_LIMITS.REQUESTS_PER_WINDOW)
                .from(TENANT_RATE_LIMITS)
                .where(Tenancy.ownedBy(TENANT_RATE_LIMITS.TENANT_ID, tenant))
                .fetchOptional(r -> r.value1().longValue());
    }

    @Override
    public void set(TenantId tenant, long requestsPerWindow, Instant at) {
        int requests = Math.toIntExact(requestsPerWindow);
        database.dsl()
                .insertInto(TENANT_RATE_LIMITS)
                .set(TENANT_RATE_LIMITS.TENANT_ID, tenant.value())
                .set(TENANT_RATE_LIMITS.REQUESTS_PER_WINDOW, requests)
                .set(TENANT_RATE_LIMITS.UPDATED_AT, at.atOffset(ZoneOffset.UTC))
                .onConflict(TENANT_RATE_LIMITS.TENANT_ID)
                .doUpdate()
                .set(TENANT_RATE_LIMITS.REQUESTS_PER_WINDOW, requests)
                .set(TENANT_RATE_LIMITS.UPDATED_AT, at.atOffset(ZoneOffset.UTC))
                .execute();
    }

    @Override
    public boolean clear(TenantId tenant) {
        return database.dsl()
                        .deleteFrom(TENANT_RATE_LIMITS)
                        .where(Tenancy.ownedBy(TENANT_RATE_LIMITS.TENANT_ID, tenant))
                        .execute()
                > 0;
    }
}

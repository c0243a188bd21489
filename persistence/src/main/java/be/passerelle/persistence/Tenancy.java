package be.passerelle.persistence;

import be.passerelle.core.shared.TenantId;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Field;

/**
 * The one place that writes the application's tenant predicate (the first wall; row-level security
 * is the second). Every query on a tenant-owned table goes through it.
 */
public final class Tenancy {
    private Tenancy() {}

    public static Condition ownedBy(Field<UUID> tenantColumn, TenantId tenant) {
        return tenantColumn.eq(tenant.value());
    }

    /**
     * For rows shared by two tenants (a referral and what hangs under it: its sender and its
     * receiver): visible when {@code tenant} is either.
     */
    public static Condition partyTo(Field<UUID> senderColumn, Field<UUID> receiverColumn, TenantId tenant) {
        return ownedBy(senderColumn, tenant).or(ownedBy(receiverColumn, tenant));
    }

    /** For rows owned by a tenant or, without one, by the network itself (e.g. webhooks). */
    public static Condition ownedBy(Field<UUID> tenantColumn, Optional<TenantId> owner) {
        return owner.map(tenant -> ownedBy(tenantColumn, tenant)).orElseGet(tenantColumn::isNull);
    }
}

package be.passerelle.persistence;

import be.passerelle.core.shared.TenantId;
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
}

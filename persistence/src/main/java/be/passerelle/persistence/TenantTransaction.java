package be.passerelle.persistence;

import be.passerelle.core.shared.TenantId;
import java.util.Objects;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/** A transaction definition that carries the tenant to bind for that transaction only. */
final class TenantTransaction extends DefaultTransactionDefinition {
    private final TenantId tenant;

    TenantTransaction(TenantId tenant) {
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        setName("tenant " + tenant);
    }

    TenantId tenant() {
        return tenant;
    }
}

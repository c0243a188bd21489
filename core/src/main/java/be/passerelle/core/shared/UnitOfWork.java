package be.passerelle.core.shared;

import java.util.function.Supplier;

/**
 * The transaction boundary, owned by the core (SPEC §1). Every read or write of tenant data runs
 * inside exactly one unit of work; the implementation binds the tenant to that transaction only.
 * Units of work do not nest.
 */
public interface UnitOfWork {

    /** Runs {@code work} in one transaction that sees only {@code tenant}'s private rows. */
    <T> T inTenant(TenantId tenant, Supplier<T> work);

    /** Runs {@code work} in one transaction that sees no tenant's private rows (shared tables only). */
    <T> T inShared(Supplier<T> work);

    /** Runs {@code work} across tenants, through the system role; only for the named operations. */
    <T> T inSystem(SystemOperation operation, Supplier<T> work);
}

package be.passerelle.core.testing;

import be.passerelle.core.shared.SystemOperation;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.UnitOfWork;
import java.util.function.Supplier;

/** Runs work directly, for unit tests of use cases whose transaction boundary is not what they test. */
public final class DirectUnitOfWork implements UnitOfWork {
    @Override
    public <T> T inTenant(TenantId tenant, Supplier<T> work) {
        return work.get();
    }

    @Override
    public <T> T inShared(Supplier<T> work) {
        return work.get();
    }

    @Override
    public <T> T inSystem(SystemOperation operation, Supplier<T> work) {
        return work.get();
    }
}

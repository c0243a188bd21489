package be.passerelle.persistence;

import be.passerelle.core.shared.SystemOperation;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.Unavailable;
import be.passerelle.core.shared.UnitOfWork;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The unit of work over two pools: tenant and shared work on the application role's pool (tenant
 * bound per transaction), the named system operations on the system role's pool.
 */
final class JooqUnitOfWork implements UnitOfWork {
    private static final Logger log = LoggerFactory.getLogger(JooqUnitOfWork.class);

    private final PlatformTransactionManager application;
    private final PlatformTransactionManager system;

    JooqUnitOfWork(DataSource applicationPool, DataSource systemPool) {
        this.application = new TenantBindingTransactionManager(applicationPool);
        this.system = new TenantBindingTransactionManager(systemPool);
    }

    @Override
    public <T> T inTenant(TenantId tenant, Supplier<T> work) {
        return run(application, new TenantTransaction(tenant), work);
    }

    @Override
    public <T> T inShared(Supplier<T> work) {
        return run(application, new DefaultTransactionDefinition(), work);
    }

    @Override
    public <T> T inSystem(SystemOperation operation, Supplier<T> work) {
        log.debug("system operation {}", operation);
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
        definition.setName("system " + operation);
        return run(system, definition, work);
    }

    private static <T> T run(PlatformTransactionManager manager, TransactionDefinition definition, Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("units of work do not nest");
        }
        TransactionStatus status;
        try {
            status = manager.getTransaction(definition);
        } catch (CannotCreateTransactionException e) {
            throw unavailable(e);
        }
        T result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            rollbackQuietly(manager, status, e);
            if (DatabaseOutages.causedBy(e)) {
                throw unavailable(e);
            }
            throw e;
        } catch (Error e) {
            rollbackQuietly(manager, status, e);
            throw e;
        }
        try {
            manager.commit(status);
        } catch (TransactionException e) {
            throw unavailable(e);
        }
        return result;
    }

    private static void rollbackQuietly(PlatformTransactionManager manager, TransactionStatus status, Throwable cause) {
        try {
            manager.rollback(status);
        } catch (TransactionException e) {
            cause.addSuppressed(e);
        }
    }

    private static Unavailable unavailable(Throwable cause) {
        log.warn("database unavailable: {}", cause.getMessage());
        return new Unavailable("the database is unavailable, try again shortly");
    }
}

package be.passerelle.persistence;

import java.util.List;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.ExecuteListenerProvider;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Gives repositories the jOOQ context of the unit of work in progress: the application role's or
 * the system role's. Outside a unit of work there is none, so no query runs unscoped.
 */
public final class Database {
    private final DataSource applicationPool;
    private final DataSource systemPool;
    private final DSLContext application;
    private final DSLContext system;

    public Database(DataSource applicationPool, DataSource systemPool) {
        this(applicationPool, systemPool, List.of());
    }

    /**
     * @param applicationListeners watch the application role's queries (tenant and shared work, not
     *     the named system operations), e.g. a test's check that tenant-private tables are read
     *     through the tenant predicate
     */
    public Database(
            DataSource applicationPool, DataSource systemPool, List<ExecuteListenerProvider> applicationListeners) {
        this.applicationPool = applicationPool;
        this.systemPool = systemPool;
        this.application = context(applicationPool);
        this.system = context(systemPool);
        if (!applicationListeners.isEmpty()) {
            application.configuration().set(applicationListeners.toArray(ExecuteListenerProvider[]::new));
        }
    }

    /** The context of the current unit of work. */
    public DSLContext dsl() {
        if (TransactionSynchronizationManager.getResource(systemPool) != null) {
            return system;
        }
        if (TransactionSynchronizationManager.getResource(applicationPool) != null) {
            return application;
        }
        throw new IllegalStateException("database access outside a unit of work");
    }

    /** True when the current unit of work is a system operation. */
    public boolean inSystemOperation() {
        return TransactionSynchronizationManager.getResource(systemPool) != null;
    }

    private static DSLContext context(DataSource pool) {
        Settings settings = new Settings().withRenderSchema(false).withExecuteLogging(false);
        return DSL.using(
                new DataSourceConnectionProvider(new TransactionAwareDataSourceProxy(pool)),
                SQLDialect.POSTGRES,
                settings);
    }
}

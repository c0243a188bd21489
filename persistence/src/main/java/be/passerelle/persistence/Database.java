package be.passerelle.persistence;

import javax.sql.DataSource;
import org.jooq.DSLContext;
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
        this.applicationPool = applicationPool;
        this.systemPool = systemPool;
        this.application = context(applicationPool);
        this.system = context(systemPool);
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

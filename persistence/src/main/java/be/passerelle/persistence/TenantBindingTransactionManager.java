package be.passerelle.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Binds the tenant of a {@link TenantTransaction} to its connection with a transaction-local
 * {@code set_config}, so that row-level security sees it for that transaction only and a pooled
 * connection never carries it into the next one.
 */
final class TenantBindingTransactionManager extends JdbcTransactionManager {
    private static final String BIND = "select set_config('app.tenant_id', ?, true)";

    TenantBindingTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        if (definition instanceof TenantTransaction tenantTransaction) {
            try (PreparedStatement statement = connection.prepareStatement(BIND)) {
                statement.setString(1, tenantTransaction.tenant().toString());
                statement.execute();
            }
        }
    }
}

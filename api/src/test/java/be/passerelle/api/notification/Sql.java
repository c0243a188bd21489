package be.passerelle.api.notification;

import be.passerelle.infra.testing.TestDatabase;
import be.passerelle.infra.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Direct access to the shared test database for what no API writes yet (preferences, settings,
 * assignments: another part of issue #19) and what the deadline scans record (their outbox events):
 * the system role, or the application role bound to one tenant.
 */
final class Sql {
    private Sql() {}

    static int system(String sql, Object... parameters) {
        TestDatabase database = TestDatabases.shared();
        try (Connection connection = DriverManager.getConnection(
                database.url(), database.system().user(), database.system().password())) {
            return update(connection, sql, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> query(String sql, Object... parameters) {
        TestDatabase database = TestDatabases.shared();
        try (Connection connection = DriverManager.getConnection(
                        database.url(),
                        database.system().user(),
                        database.system().password());
                PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** As the application role, in {@code tenant} (row-level security applies). */
    static int inTenant(UUID tenant, String sql, Object... parameters) {
        TestDatabase database = TestDatabases.shared();
        try (Connection connection = DriverManager.getConnection(
                database.url(), database.app().user(), database.app().password())) {
            try (PreparedStatement bind = connection.prepareStatement("select set_config('app.tenant_id', ?, false)")) {
                bind.setString(1, tenant.toString());
                bind.execute();
            }
            return update(connection, sql, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static UUID tenantId(String slug) {
        return UUID.fromString(
                query("select id::text from tenants where slug = ?", slug).get(0));
    }

    private static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}

package be.passerelle.persistence;

import be.passerelle.core.shared.TenantId;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain JDBC on the shared test database as one of the three roles, without the application's
 * predicates: what the row-level security tests use to connect, bind a tenant and insert rows.
 */
public final class RawSql {
    private RawSql() {}

    /** A connection as {@code role}, e.g. {@code db.settings.app()}; auto-commit on. */
    public static Connection connect(DatabaseSettings.Credentials role) throws SQLException {
        return DriverManager.getConnection(TestPersistence.shared().settings.url(), role.user(), role.password());
    }

    /** Binds {@code tenant} for the transaction in progress, as the application's transactions do. */
    public static void bind(Connection connection, TenantId tenant) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            statement.setString(1, tenant.toString());
            statement.execute();
        }
    }

    /** The first column of every row {@code sql} returns, as text. */
    public static List<String> values(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = connection.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    /** A {@code jsonb} value for {@link Insert#set}. */
    public static Object jsonb(String json) throws SQLException {
        org.postgresql.util.PGobject value = new org.postgresql.util.PGobject();
        value.setType("jsonb");
        value.setValue(json);
        return value;
    }

    /** {@code insertInto("audit_events").set("tenant_id", tenant).set(...).execute(connection)}. */
    public static Insert insertInto(String table) {
        return new Insert(table);
    }

    /** One row to insert, column by column; tenant ids are stored as their UUIDs. */
    public static final class Insert {
        private final String table;
        private final Map<String, Object> columns = new LinkedHashMap<>();

        private Insert(String table) {
            this.table = table;
        }

        public Insert set(String column, Object value) {
            columns.put(column, value instanceof TenantId tenant ? tenant.value() : value);
            return this;
        }

        public void execute(Connection connection) throws SQLException {
            String sql = "insert into " + table + " (" + String.join(", ", columns.keySet()) + ") values ("
                    + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int index = 1;
                for (Object value : columns.values()) {
                    statement.setObject(index++, value);
                }
                statement.executeUpdate();
            }
        }
    }
}

package be.passerelle.api.abuse;

import be.passerelle.infra.testing.TestDatabase;
import be.passerelle.infra.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Row counts of every business table of the shared test database, read as the system role (which
 * sees every tenant's rows through its explicit policies). Every table of the schema counts except
 * the ones a rejected request may legitimately write or that background jobs keep: the audit trail,
 * rate-limit and lock-out state, Flyway's history, the statistics rollups (derived from the
 * referrals, refreshed every few seconds) and the mail worker's deliveries and mails (it expands the
 * outbox every second).
 */
final class BusinessTables {
    private static final List<String> NOT_BUSINESS =
            List.of("flyway_schema_history", "audit_events", "referral_status_failures", "directory_revision");
    private static final List<String> NOT_BUSINESS_PREFIXES = List.of(
            "referral_flow_",
            "rate_limit",
            "bucket",
            "notification_events",
            "notification_cursor",
            "notification_deliveries",
            "notification_mails");

    private BusinessTables() {}

    static Map<String, Long> rowCounts() {
        TestDatabase database = TestDatabases.shared();
        try (Connection system = DriverManager.getConnection(
                        database.url(),
                        database.system().user(),
                        database.system().password());
                Statement statement = system.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery(
                    "select tablename from pg_tables where schemaname = 'public' order by tablename")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            Map<String, Long> counts = new TreeMap<>();
            for (String table : tables) {
                if (isBusiness(table)) {
                    try (ResultSet rs = statement.executeQuery("select count(*) from " + table)) {
                        rs.next();
                        counts.put(table, rs.getLong(1));
                    }
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the business tables' rows", e);
        }
    }

    static boolean isBusiness(String table) {
        return !NOT_BUSINESS.contains(table) && NOT_BUSINESS_PREFIXES.stream().noneMatch(table::startsWith);
    }
}

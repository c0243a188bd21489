package be.passerelle.api.health;

import be.passerelle.infra.testing.TestDatabase;
import be.passerelle.infra.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The test database as the health tests touch it: through the system role, moving a referral's
 * deadline and reading marks, outbox events and audit entries; as the receiving tenant (application
 * role, tenant bound), its escalation delay and an assignment.
 */
final class HealthDatabase {
    private HealthDatabase() {}

    static Connection system() throws SQLException {
        TestDatabase database = TestDatabases.shared();
        return DriverManager.getConnection(
                database.url(), database.system().user(), database.system().password());
    }

    /** The application role, bound to {@code slug}'s tenant for the session. */
    static Connection asTenant(String slug) throws SQLException {
        TestDatabase database = TestDatabases.shared();
        Connection connection = DriverManager.getConnection(
                database.url(), database.app().user(), database.app().password());
        try (PreparedStatement bind = connection.prepareStatement(
                "select set_config('app.tenant_id', (select id::text from tenants where slug = ?), false)")) {
            bind.setString(1, slug);
            bind.executeQuery().close();
        }
        return connection;
    }

    static void dueAt(String referral, Instant dueAt) throws SQLException {
        update(system(), "update referrals set due_at = ? where id = ?::uuid", Timestamp.from(dueAt), referral);
    }

    /** The tenant's escalation delay, set; returns what it was (empty: no settings row). */
    static Optional<Integer> escalationDays(String slug, int days) throws SQLException {
        Optional<Integer> before = escalationDays(slug);
        update(asTenant(slug), """
                insert into tenant_notification_settings (tenant_id, escalation_working_days, updated_at)
                select id, ?, now() from tenants where slug = ?
                on conflict (tenant_id) do update set escalation_working_days = excluded.escalation_working_days
                """, days, slug);
        return before;
    }

    /**
     * Puts back what {@link #escalationDays(String, int)} returned. No role may delete a settings
     * row, so a tenant that had none is left with the default delay, which means the same.
     */
    static void restoreEscalationDays(String slug, Optional<Integer> before) throws SQLException {
        update(
                asTenant(slug),
                "update tenant_notification_settings set escalation_working_days = ?"
                        + " where tenant_id = (select id from tenants where slug = ?)",
                before.orElse(2),
                slug);
    }

    static Optional<Integer> escalationDays(String slug) throws SQLException {
        List<String> rows = strings(
                "select s.escalation_working_days::text from tenant_notification_settings s"
                        + " join tenants t on t.id = s.tenant_id where t.slug = ?",
                slug);
        return rows.stream().findFirst().map(Integer::valueOf);
    }

    static void assign(String referral, String receiverSlug, String assigneeId, String name) throws SQLException {
        update(asTenant(receiverSlug), """
                insert into referral_assignments (referral_id, tenant_id, assignee_id, assignee_name, assigned_by, assigned_at)
                select ?::uuid, id, ?, ?, 'referral-health-test', now() from tenants where slug = ?
                """, referral, assigneeId, name, receiverSlug);
    }

    static void unassign(String referral, String receiverSlug) throws SQLException {
        update(asTenant(receiverSlug), "delete from referral_assignments where referral_id = ?::uuid", referral);
    }

    static List<String> marks(String referral) throws SQLException {
        return strings("select kind from referral_deadline_marks where referral_id = ?::uuid order by kind", referral);
    }

    /** The referral's deadline events: type, tenant slug, recipients, state, link. */
    static List<String> deadlineEvents(String referral) throws SQLException {
        return strings("""
                select o.type || ' ' || t.slug || ' ' || cardinality(o.recipients) || ':' || (o.recipients[1] = t.id)
                       || ' ' || o.resource_type || ' ' || o.state || ' ' || o.link
                from outbox_events o join tenants t on t.id = o.tenant_id
                where o.resource_id = ? and o.type in ('referral.due_soon', 'referral.overdue', 'referral.escalated')
                order by o.seq
                """, referral);
    }

    static List<String> escalationAudit(String referral) throws SQLException {
        return strings(
                "select a.action || ' ' || a.actor_id || ' ' || t.slug from audit_events a"
                        + " join tenants t on t.id = a.tenant_id"
                        + " where a.target_id = ? and a.action = 'referral.escalated'",
                referral);
    }

    private static void update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (connection;
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            statement.executeUpdate();
        }
    }

    private static List<String> strings(String sql, Object... parameters) throws SQLException {
        try (Connection connection = system();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            List<String> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            return rows;
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}

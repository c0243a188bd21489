package be.passerelle.persistence;

import static be.passerelle.persistence.RawSql.bind;
import static be.passerelle.persistence.RawSql.connect;
import static be.passerelle.persistence.RawSql.insertInto;
import static be.passerelle.persistence.RawSql.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.shared.TenantId;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database wall alone: plain SQL as the application role, without the application's tenant
 * predicate, sees and writes only the bound tenant's rows.
 */
class RowLevelSecurityIT {
    private static TestPersistence db;
    private static TenantId tenantA;
    private static TenantId tenantB;

    @BeforeAll
    static void twoTenantsWithAuditRows() throws SQLException {
        db = TestPersistence.shared();
        tenantA = db.newTenant("rls-a");
        tenantB = db.newTenant("rls-b");
        try (Connection system = connect(db.settings.system())) {
            insertAudit(system, tenantA, "a.did");
            insertAudit(system, tenantB, "b.did");
            insertAudit(system, tenantB, "b.did-again");
        }
    }

    @Test
    void tenant_a_transaction_sees_none_of_tenant_b_rows_even_when_it_asks_for_them() throws SQLException {
        try (Connection app = connect(db.settings.app())) {
            app.setAutoCommit(false);
            bind(app, tenantA);
            assertThat(values(app, "select action from audit_events")).containsExactly("a.did");
            assertThat(values(app, "select action from audit_events where tenant_id = '" + tenantB + "'"))
                    .isEmpty();
            app.rollback();
        }
    }

    @Test
    void tenant_a_transaction_cannot_insert_a_row_for_tenant_b() throws SQLException {
        try (Connection app = connect(db.settings.app())) {
            app.setAutoCommit(false);
            bind(app, tenantA);
            assertThatThrownBy(() -> insertAudit(app, tenantB, "forged"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("row-level security");
            app.rollback();
        }
    }

    @Test
    void tenant_a_transaction_may_insert_its_own_rows() throws SQLException {
        try (Connection app = connect(db.settings.app())) {
            app.setAutoCommit(false);
            bind(app, tenantA);
            insertAudit(app, tenantA, "a.own");
            assertThat(values(app, "select action from audit_events")).contains("a.own");
            app.rollback();
        }
    }

    @Test
    void without_a_bound_tenant_the_application_role_sees_nothing() throws SQLException {
        try (Connection app = connect(db.settings.app())) {
            assertThat(values(app, "select action from audit_events")).isEmpty();
        }
    }

    @Test
    void the_binding_ends_with_the_transaction() throws SQLException {
        try (Connection app = connect(db.settings.app())) {
            app.setAutoCommit(false);
            bind(app, tenantA);
            app.commit();
            assertThat(values(app, "select action from audit_events")).isEmpty();
            app.rollback();
        }
    }

    @Test
    void the_application_role_cannot_read_the_outbox_nor_change_the_audit_trail() throws SQLException {
        try (Connection app = connect(db.settings.app())) {
            app.setAutoCommit(false);
            bind(app, tenantA);
            assertThatThrownBy(() -> values(app, "select type from outbox_events"))
                    .hasMessageContaining("permission denied");
            app.rollback();
            bind(app, tenantA);
            assertThatThrownBy(() -> values(app, "delete from audit_events returning action"))
                    .hasMessageContaining("permission denied");
            app.rollback();
            bind(app, tenantA);
            assertThatThrownBy(() -> values(app, "update audit_events set action = 'rewritten' returning action"))
                    .hasMessageContaining("permission denied");
            app.rollback();
        }
    }

    @Test
    void not_even_the_owner_can_rewrite_the_audit_trail() throws SQLException {
        try (Connection owner = connect(db.settings.owner())) {
            assertThatThrownBy(() -> owner.createStatement().executeUpdate("delete from audit_events"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> owner.createStatement().executeUpdate("update audit_events set action = 'x'"))
                    .hasMessageContaining("append-only");
        }
        try (Connection system = connect(db.settings.system())) {
            assertThatThrownBy(() -> system.createStatement().executeUpdate("delete from audit_events"))
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    void the_application_and_system_roles_neither_own_tables_nor_bypass_row_level_security() throws SQLException {
        try (Connection app = connect(db.settings.app())) {
            List<String> privileged = values(
                    app,
                    "select rolname from pg_roles where rolname in ('"
                            + db.settings.app().user() + "', '"
                            + db.settings.system().user() + "') and (rolsuper or rolbypassrls)");
            assertThat(privileged).isEmpty();
            List<String> owned = values(
                    app,
                    "select tablename from pg_tables where schemaname = 'public' and tableowner in ('"
                            + db.settings.app().user() + "', '"
                            + db.settings.system().user() + "')");
            assertThat(owned).isEmpty();
        }
    }

    @Test
    void webhooks_are_visible_and_writable_by_their_owner_only() throws SQLException {
        try (Connection app = connect(db.settings.app())) {
            app.setAutoCommit(false);
            bind(app, tenantA);
            app.createStatement()
                    .executeUpdate("insert into webhook_endpoints (id, tenant_id, url, event_types, secret_key_id,"
                            + " secret_ciphertext, created_by, created_at) values ('" + UUID.randomUUID() + "', '"
                            + tenantA
                            + "', 'https://a.example/hook', '{referral.received}', 'k', '\\x00', 'a', now())");
            assertThat(values(app, "select url from webhook_endpoints")).containsExactly("https://a.example/hook");
            app.commit();
            bind(app, tenantA);
            assertThatThrownBy(() -> app.createStatement()
                            .executeUpdate("insert into webhook_endpoints (id, tenant_id, url, event_types,"
                                    + " secret_key_id, secret_ciphertext, created_by, created_at) values ('"
                                    + UUID.randomUUID() + "', '" + tenantB + "', 'https://b.example/hook',"
                                    + " '{referral.received}', 'k', '\\x00', 'a', now())"))
                    .hasMessageContaining("row-level security");
            app.rollback();

            bind(app, tenantB);
            assertThat(values(app, "select url from webhook_endpoints")).isEmpty();
            assertThat(app.createStatement().executeUpdate("delete from webhook_endpoints"))
                    .isZero();
            app.commit();
            // outside any tenant: the network's own rows only
            assertThat(values(app, "select url from webhook_endpoints")).isEmpty();
            app.rollback();
            // the row's fake sealed secret must not outlive the test (the re-keying test reads every row)
            bind(app, tenantA);
            assertThat(app.createStatement().executeUpdate("delete from webhook_endpoints"))
                    .isEqualTo(1);
            app.commit();
        }
    }

    private static void insertAudit(Connection connection, TenantId tenant, String action) throws SQLException {
        insertInto("audit_events")
                .set("id", UUID.randomUUID())
                .set("tenant_id", tenant)
                .set("actor_id", "test")
                .set("actor_name", "test")
                .set("action", action)
                .set("target_type", "test")
                .set("target_id", "x")
                .set("request_id", "r")
                .set("occurred_at", OffsetDateTime.now())
                .execute(connection);
    }
}

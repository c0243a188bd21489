package be.passerelle.persistence.statistics;

import static be.passerelle.persistence.RawSql.bind;
import static be.passerelle.persistence.RawSql.connect;
import static be.passerelle.persistence.RawSql.insertInto;
import static be.passerelle.persistence.RawSql.jsonb;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.shared.TenantId;
import be.passerelle.persistence.TestPersistence;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database wall alone on {@code annual_reports}: drafts are the bound tenant's only, published
 * revisions are readable by every application transaction (tenant-less ones included) and immutable.
 */
class AnnualReportsRowLevelSecurityIT {
    private static TestPersistence db;
    private static TenantId tenantA;
    private static TenantId tenantB;

    @BeforeAll
    static void tenantAHasAPublishedRevisionAndADraft() throws SQLException {
        db = TestPersistence.shared();
        tenantA = db.newTenant("stats-rls-a");
        tenantB = db.newTenant("stats-rls-b");
        try (Connection app = connect(db.settings.app())) {
            app.setAutoCommit(false);
            bind(app, tenantA);
            insert(app, tenantA, 1, "PUBLISHED");
            insert(app, tenantA, 2, "DRAFT");
            app.commit();
        }
    }

    @Test
    void another_tenant_and_the_public_see_the_published_revision_only() throws SQLException {
        try (Connection app = connect(db.settings.app())) {
            app.setAutoCommit(false);
            bind(app, tenantB);
            assertThat(revisions(app)).containsExactly("1 PUBLISHED");
            app.rollback();
            assertThat(revisions(app)).containsExactly("1 PUBLISHED");
            bind(app, tenantA);
            assertThat(revisions(app)).containsExactly("1 PUBLISHED", "2 DRAFT");
            app.rollback();
        }
    }

    @Test
    void another_tenant_cannot_write_a_revision_or_touch_a_draft() throws SQLException {
        try (Connection app = connect(db.settings.app())) {
            app.setAutoCommit(false);
            bind(app, tenantB);
            assertThatThrownBy(() -> insert(app, tenantA, 3, "DRAFT"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("row-level security");
            app.rollback();
            bind(app, tenantB);
            assertThat(app.createStatement()
                            .executeUpdate("update annual_reports set figures = '{\"x\":1}' where year = 2010"
                                    + " and tenant_id = '" + tenantA + "'"))
                    .isZero();
            app.rollback();
        }
    }

    @Test
    void a_published_revision_is_immutable_and_no_revision_is_ever_deleted() throws SQLException {
        try (Connection app = connect(db.settings.app())) {
            app.setAutoCommit(false);
            bind(app, tenantA);
            assertThatThrownBy(() -> app.createStatement()
                            .executeUpdate("update annual_reports set figures = '{\"x\":1}' where revision = 1"
                                    + " and tenant_id = '" + tenantA + "'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("immutable");
            app.rollback();
        }
        try (Connection owner = connect(db.settings.owner())) {
            assertThatThrownBy(() -> owner.createStatement().executeUpdate("delete from annual_reports"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("never deleted");
        }
    }

    private static void insert(Connection app, TenantId tenant, int revision, String status) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now();
        insertInto("annual_reports")
                .set("tenant_id", tenant)
                .set("year", 2010)
                .set("revision", revision)
                .set("status", status)
                .set("figures", jsonb("{}"))
                .set("created_at", now)
                .set("updated_at", now)
                .set("updated_by", "test")
                .set("published_at", status.equals("PUBLISHED") ? now : null)
                .execute(app);
    }

    private static List<String> revisions(Connection app) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = app.createStatement()
                .executeQuery("select revision, status from annual_reports where tenant_id = '" + tenantA
                        + "' order by revision")) {
            while (rs.next()) {
                values.add(rs.getInt(1) + " " + rs.getString(2));
            }
        }
        return values;
    }
}

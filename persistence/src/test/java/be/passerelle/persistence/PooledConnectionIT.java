package be.passerelle.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.audit.AuditEntry;
import be.passerelle.core.audit.AuditEvent;
import be.passerelle.core.audit.AuditQuery;
import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.shared.PageRequest;
import be.passerelle.core.shared.TenantId;
import be.passerelle.persistence.audit.AuditPersistenceConfiguration;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With a pool of one connection, units of work of tenants A and B alternate on the same physical
 * connection: each sees only its own rows and the tenant never survives its transaction.
 */
class PooledConnectionIT {
    private static TestPersistence single;
    private static AuditTrail trail;
    private static TenantId tenantA;
    private static TenantId tenantB;

    @BeforeAll
    static void onePooledConnection() {
        single = TestPersistence.withApplicationPoolOf(1);
        trail = new AuditPersistenceConfiguration().auditTrail(single.database);
        tenantA = single.newTenant("pool-a");
        tenantB = single.newTenant("pool-b");
    }

    @AfterAll
    static void close() {
        single.close();
    }

    @Test
    void alternating_tenants_on_one_connection_never_see_each_other() throws SQLException {
        for (int round = 0; round < 25; round++) {
            for (TenantId tenant : new TenantId[] {tenantA, tenantB}) {
                String bound = single.unitOfWork.inTenant(tenant, () -> {
                    trail.append(entry(tenant));
                    return single.database
                            .dsl()
                            .fetchValue("select current_setting('app.tenant_id', true)")
                            .toString();
                });
                assertThat(bound).isEqualTo(tenant.toString());
                var visible = single.unitOfWork.inTenant(
                        tenant, () -> trail.ofTenant(tenant, AuditQuery.ALL, PageRequest.first(100)));
                assertThat(visible.items())
                        .extracting(AuditEvent::entry)
                        .allSatisfy(e -> assertThat(e.tenant()).contains(tenant));
                assertThat(settingOutsideAnyTransaction()).isEmpty();
            }
        }
        long seenByA = single.unitOfWork
                .inTenant(tenantA, () -> trail.ofTenant(tenantA, AuditQuery.ALL, PageRequest.first(100)))
                .items()
                .size();
        assertThat(seenByA).isEqualTo(25);
    }

    @Test
    void a_shared_unit_of_work_after_a_tenant_one_sees_no_tenant() {
        single.unitOfWork.inTenant(tenantA, () -> trail.ofTenant(tenantA, AuditQuery.ALL, PageRequest.first(1)));
        Object setting = single.unitOfWork.inShared(
                () -> single.database.dsl().fetchValue("select coalesce(current_setting('app.tenant_id', true), '')"));
        assertThat(setting).isEqualTo("");
    }

    /** The same physical connection, borrowed straight from the pool, outside any unit of work. */
    private static String settingOutsideAnyTransaction() throws SQLException {
        try (Connection connection = single.applicationPool.getConnection();
                ResultSet rs = connection
                        .createStatement()
                        .executeQuery("select coalesce(current_setting('app.tenant_id', true), '')")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static AuditEntry entry(TenantId tenant) {
        return new AuditEntry(
                Optional.of(tenant),
                new Actor("tester", "tester", Optional.of(tenant)),
                "pool.test",
                "test",
                "x",
                "request",
                Instant.now());
    }
}

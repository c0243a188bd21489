package be.passerelle.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.audit.AuditEntry;
import be.passerelle.core.audit.AuditEvent;
import be.passerelle.core.audit.AuditQuery;
import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.shared.PageRequest;
import be.passerelle.core.shared.SystemOperation;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.Unavailable;
import be.passerelle.persistence.audit.AuditPersistenceConfiguration;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UnitOfWorkIT {
    private static TestPersistence db;
    private static AuditTrail trail;
    private static TenantId tenant;

    @BeforeAll
    static void setUp() {
        db = TestPersistence.shared();
        trail = new AuditPersistenceConfiguration().auditTrail(db.database);
        tenant = db.newTenant("uow");
    }

    @Test
    void no_query_runs_outside_a_unit_of_work() {
        assertThatThrownBy(() -> trail.ofTenant(tenant, AuditQuery.ALL, PageRequest.first(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("outside a unit of work");
    }

    @Test
    void units_of_work_do_not_nest() {
        assertThatThrownBy(() -> db.unitOfWork.inTenant(tenant, () -> db.unitOfWork.inShared(() -> 1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("do not nest");
    }

    @Test
    void a_failing_unit_of_work_writes_nothing() {
        assertThatThrownBy(() -> db.unitOfWork.inTenant(tenant, () -> {
                    trail.append(entry("half.written"));
                    throw new IllegalArgumentException("boom");
                }))
                .hasMessage("boom");
        assertThat(db.unitOfWork
                        .inTenant(tenant, () -> trail.ofTenant(tenant, AuditQuery.ALL, PageRequest.first(100)))
                        .items())
                .extracting(e -> e.entry().action())
                .doesNotContain("half.written");
    }

    @Test
    void the_network_trail_is_read_only_through_the_system_operation() {
        db.unitOfWork.inTenant(tenant, () -> {
            trail.append(entry("network.visible"));
            return null;
        });
        assertThatThrownBy(() ->
                        db.unitOfWork.inTenant(tenant, () -> trail.ofNetwork(AuditQuery.ALL, PageRequest.first(1))))
                .isInstanceOf(IllegalStateException.class);
        var all = db.unitOfWork.inSystem(
                SystemOperation.NETWORK_AUDIT_READ, () -> trail.ofNetwork(AuditQuery.ALL, PageRequest.first(100)));
        assertThat(all.items()).extracting(e -> e.entry().action()).contains("network.visible");
    }

    @Test
    void pages_follow_each_other_newest_first_without_overlap() {
        TenantId paged = db.newTenant("paged");
        for (int i = 0; i < 5; i++) {
            String action = "paged." + i;
            db.unitOfWork.inTenant(paged, () -> {
                trail.append(new AuditEntry(
                        Optional.of(paged),
                        new Actor("t", "t", Optional.empty()),
                        action,
                        "x",
                        "y",
                        "r",
                        Instant.now()));
                return null;
            });
        }
        var first = db.unitOfWork.inTenant(paged, () -> trail.ofTenant(paged, AuditQuery.ALL, PageRequest.first(2)));
        var second = db.unitOfWork.inTenant(
                paged, () -> trail.ofTenant(paged, AuditQuery.ALL, new PageRequest(2, first.next())));
        var third = db.unitOfWork.inTenant(
                paged, () -> trail.ofTenant(paged, AuditQuery.ALL, new PageRequest(2, second.next())));
        assertThat(first.items())
                .extracting(AuditEvent::entry)
                .extracting(AuditEntry::action)
                .containsExactly("paged.4", "paged.3");
        assertThat(second.items())
                .extracting(AuditEvent::entry)
                .extracting(AuditEntry::action)
                .containsExactly("paged.2", "paged.1");
        assertThat(third.items())
                .extracting(AuditEvent::entry)
                .extracting(AuditEntry::action)
                .containsExactly("paged.0");
        assertThat(third.next()).isEmpty();
    }

    @Test
    void an_unreachable_database_is_reported_as_unavailable() {
        DatabaseSettings dead = new DatabaseSettings(
                "jdbc:postgresql://127.0.0.1:1/nowhere",
                db.settings.owner(),
                db.settings.app(),
                db.settings.system(),
                1,
                1,
                Duration.ofMillis(500));
        try (var app = ConnectionPools.application(dead);
                var system = ConnectionPools.system(dead)) {
            JooqUnitOfWork unreachable = new JooqUnitOfWork(app, system);
            assertThatThrownBy(() -> unreachable.inTenant(tenant, () -> 1)).isInstanceOf(Unavailable.class);
        }
    }

    @Test
    void a_session_ended_by_the_server_is_reported_as_unavailable() {
        // What clients see when PostgreSQL shuts down under them: FATAL 57P01 (admin shutdown).
        assertThatThrownBy(() -> db.unitOfWork.inTenant(
                        tenant, () -> db.database.dsl().fetchValue("select pg_terminate_backend(pg_backend_pid())")))
                .isInstanceOf(Unavailable.class);
        assertThat(db.unitOfWork.inTenant(tenant, () -> db.database.dsl().fetchValue("select 1")))
                .as("the pool replaces the dead connection")
                .isEqualTo(1);
    }

    private static AuditEntry entry(String action) {
        return new AuditEntry(
                Optional.of(tenant), new Actor("t", "t", Optional.of(tenant)), action, "x", "y", "r", Instant.now());
    }
}

package be.passerelle.persistence;

import static be.passerelle.persistence.jooq.Tables.ANNUAL_REPORTS;
import static be.passerelle.persistence.jooq.Tables.AUDIT_EVENTS;
import static be.passerelle.persistence.jooq.Tables.DIRECTORY_ENTRIES;
import static be.passerelle.persistence.jooq.Tables.REFERRALS;
import static be.passerelle.persistence.jooq.Tables.WEBHOOK_ENDPOINTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.shared.SystemOperation;
import be.passerelle.core.shared.TenantId;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The guard that every integration test runs under (see {@link TestPersistence}) can fail. */
class TenantPredicateGuardIT {
    private static TestPersistence db;
    private static TenantId tenant;

    @BeforeAll
    static void setUp() {
        db = TestPersistence.shared();
        tenant = db.newTenant("guard");
    }

    @Test
    void the_private_tables_come_from_the_row_level_security_policies() {
        TenantPredicateGuard guard = new TenantPredicateGuard(TenantPredicateGuard.privateTables(db.applicationPool));
        assertThat(guard.tables())
                .contains("referrals", "referral_messages", "audit_events", "api_clients", "webhook_endpoints")
                .doesNotContain("directory_entries", "tenants", "tenant_rate_limits");
    }

    @Test
    void an_unguarded_read_of_a_tenant_private_table_fails() {
        assertThatThrownBy(() -> db.unitOfWork.inTenant(
                        tenant,
                        () -> db.database.dsl().selectCount().from(REFERRALS).fetchOne(0, int.class)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("tenant-private table referrals without the Tenancy predicate");
        assertThatThrownBy(() -> db.unitOfWork.inTenant(
                        tenant,
                        () -> db.database
                                .dsl()
                                .deleteFrom(AUDIT_EVENTS)
                                .where(AUDIT_EVENTS.ACTION.eq("nothing"))
                                .execute()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("audit_events");
    }

    @Test
    void reads_through_the_predicate_pass() {
        long before = TenantPredicateGuard.checked();
        assertThat(db.unitOfWork.inTenant(
                        tenant,
                        () -> db.database
                                .dsl()
                                .selectCount()
                                .from(REFERRALS)
                                .where(Tenancy.partyTo(
                                        REFERRALS.SENDER_TENANT_ID, REFERRALS.RECEIVER_TENANT_ID, tenant))
                                .fetchOne(0, int.class)))
                .isZero();
        assertThat(db.unitOfWork.inShared(() -> db.database
                        .dsl()
                        .fetchCount(WEBHOOK_ENDPOINTS, Tenancy.ownedBy(WEBHOOK_ENDPOINTS.TENANT_ID, Optional.empty()))))
                .isNotNegative();
        // a read policy that does not depend on the tenant: published reports are public
        assertThat(db.unitOfWork.inShared(
                        () -> db.database.dsl().fetchCount(ANNUAL_REPORTS, ANNUAL_REPORTS.STATUS.eq("PUBLISHED"))))
                .isNotNegative();
        // readable by all (using (true)): the directory
        assertThat(db.unitOfWork.inShared(() -> db.database.dsl().fetchCount(DIRECTORY_ENTRIES)))
                .isNotNegative();
        assertThat(TenantPredicateGuard.checked()).as("the guard saw them").isGreaterThanOrEqualTo(before + 4);
    }

    @Test
    void the_named_system_operations_are_not_watched() {
        assertThat(db.unitOfWork.inSystem(
                        SystemOperation.SEED_IMPORT,
                        () -> db.database.dsl().selectCount().from(REFERRALS).fetchOne(0, int.class)))
                .isNotNegative();
    }

    @Test
    void a_column_named_like_a_private_table_is_no_read_of_it() {
        TenantPredicateGuard guard = new TenantPredicateGuard(TenantPredicateGuard.privateTables(db.applicationPool));
        guard.check("select \"referral_flow_monthly\".\"referrals\" from \"referral_flow_monthly\"", () -> "");
        assertThatThrownBy(() -> guard.check("select \"referrals\".\"id\" from \"referrals\" as \"r\"", () -> ""))
                .isInstanceOf(AssertionError.class);
        guard.check(
                "select \"r\".\"id\" from \"referrals\" as \"r\" where \"r\".\"sender_tenant_id\" = cast(? as uuid)",
                () -> "");
    }
}

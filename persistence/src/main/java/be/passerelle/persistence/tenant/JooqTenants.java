package be.passerelle.persistence.tenant;

import static be.passerelle.persistence.jooq.Tables.TENANTS;

import be.passerelle.core.shared.Conflict;
import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.LocalizedText;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.TenantKind;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.core.shared.TenantStatus;
import be.passerelle.core.tenant.Tenants;
import be.passerelle.persistence.Database;
import be.passerelle.persistence.Json;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.Record;
import org.jooq.SelectFieldOrAsterisk;
import org.jooq.impl.DSL;

/** The tenants table (shared, no tenant predicate by design). */
final class JooqTenants implements Tenants {
    private static final SelectFieldOrAsterisk[] COLUMNS = {
        TENANTS.ID,
        TENANTS.SLUG,
        TENANTS.KIND,
        TENANTS.NAMES,
        TENANTS.LANGUAGES,
        TENANTS.STATUS,
        TENANTS.ACCEPTS_REFERRALS,
        TENANTS.ACKNOWLEDGEMENT_WORKING_DAYS
    };

    private final Database database;

    JooqTenants(Database database) {
        this.database = database;
    }

    @Override
    public Optional<Tenant> findBySlug(TenantSlug slug) {
        return database.dsl()
                .select(COLUMNS)
                .from(TENANTS)
                .where(TENANTS.SLUG.eq(slug.value()))
                .fetchOptional(JooqTenants::toTenant);
    }

    @Override
    public List<Tenant> all() {
        return database.dsl()
                .select(COLUMNS)
                .from(TENANTS)
                .orderBy(TENANTS.SLUG)
                .fetch(JooqTenants::toTenant);
    }

    @Override
    public boolean addIfAbsent(Tenant tenant) {
        return database.dsl()
                        .insertInto(TENANTS)
                        .set(TENANTS.ID, tenant.id().value())
                        .set(TENANTS.SLUG, tenant.slug().value())
                        .set(TENANTS.KIND, tenant.kind().name())
                        .set(TENANTS.NAMES, Json.localized(tenant.names()))
                        .set(
                                TENANTS.LANGUAGES,
                                tenant.languages().stream().map(Language::code).toArray(String[]::new))
                        .set(TENANTS.STATUS, tenant.status().name())
                        .set(TENANTS.ACCEPTS_REFERRALS, tenant.acceptsReferrals())
                        .set(TENANTS.ACKNOWLEDGEMENT_WORKING_DAYS, tenant.acknowledgementWorkingDays())
                        .onConflict(TENANTS.SLUG)
                        .doNothing()
                        .execute()
                == 1;
    }

    private static Tenant toTenant(Record r) {
        return new Tenant(
                new TenantId(r.get(TENANTS.ID)),
                new TenantSlug(r.get(TENANTS.SLUG)),
                TenantKind.valueOf(r.get(TENANTS.KIND)),
                Json.localized(r.get(TENANTS.NAMES)),
                Arrays.stream(r.get(TENANTS.LANGUAGES))
                        .map(code -> Language.fromCode(code).orElseThrow())
                        .toList(),
                TenantStatus.valueOf(r.get(TENANTS.STATUS)),
                r.get(TENANTS.ACCEPTS_REFERRALS),
                r.get(TENANTS.ACKNOWLEDGEMENT_WORKING_DAYS));
    }

    @Override
    public void add(Tenant tenant) {
        if (!addIfAbsent(tenant)) {
            throw new Conflict("a tenant with this slug exists");
        }
    }

    @Override
    public void rename(TenantId tenant, LocalizedText names, TenantKind kind) {
        database.dsl()
                .update(TENANTS)
                .set(TENANTS.NAMES, Json.localized(names))
                .set(TENANTS.KIND, kind.name())
                .set(TENANTS.UPDATED_AT, DSL.currentOffsetDateTime())
                .set(TENANTS.VERSION, TENANTS.VERSION.plus(1))
                .where(TENANTS.ID.eq(tenant.value()))
                .execute();
    }

    @Override
    public void changeStatus(TenantId tenant, TenantStatus status) {
        database.dsl()
                .update(TENANTS)
                .set(TENANTS.STATUS, status.name())
                .set(TENANTS.UPDATED_AT, DSL.currentOffsetDateTime())
                .set(TENANTS.VERSION, TENANTS.VERSION.plus(1))
                .where(TENANTS.ID.eq(tenant.value()))
                .execute();
    }

    @Override
    public List<Tenant> withStatus(TenantStatus status) {
        return database.dsl()
                .select(COLUMNS)
                .from(TENANTS)
                .where(TENANTS.STATUS.eq(status.name()))
                .orderBy(TENANTS.SLUG)
                .fetch(JooqTenants::toTenant);
    }

    @Override
    public void updateIntake(TenantId tenant, boolean acceptsReferrals, int acknowledgementWorkingDays) {
        database.dsl()
                .update(TENANTS)
                .set(TENANTS.ACCEPTS_REFERRALS, acceptsReferrals)
                .set(TENANTS.ACKNOWLEDGEMENT_WORKING_DAYS, acknowledgementWorkingDays)
                .set(TENANTS.UPDATED_AT, DSL.currentOffsetDateTime())
                .set(TENANTS.VERSION, TENANTS.VERSION.plus(1))
                .where(TENANTS.ID.eq(tenant.value()))
                .execute();
    }
}

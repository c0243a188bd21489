package be.passerelle.persistence.statistics;

import static be.passerelle.persistence.jooq.Tables.ANNUAL_REPORTS;
import static be.passerelle.persistence.jooq.Tables.TENANTS;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.core.statistics.AnnualFigures;
import be.passerelle.core.statistics.AnnualReports;
import be.passerelle.core.statistics.PublishedReport;
import be.passerelle.core.statistics.ReportRevision;
import be.passerelle.core.statistics.ReportStatus;
import be.passerelle.persistence.Database;
import be.passerelle.persistence.Tenancy;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.SelectFieldOrAsterisk;
import org.jooq.impl.DSL;

/**
 * Annual reports on {@code annual_reports} (migration V50): tenant-private drafts, public published
 * revisions (a select policy lets every transaction read those).
 */
final class JooqAnnualReports implements AnnualReports {
    private static final SelectFieldOrAsterisk[] COLUMNS = {
        ANNUAL_REPORTS.YEAR,
        ANNUAL_REPORTS.REVISION,
        ANNUAL_REPORTS.STATUS,
        ANNUAL_REPORTS.FIGURES,
        ANNUAL_REPORTS.CREATED_AT,
        ANNUAL_REPORTS.UPDATED_AT,
        ANNUAL_REPORTS.PUBLISHED_AT,
        ANNUAL_REPORTS.SUPERSEDED_AT
    };
    private static final SelectFieldOrAsterisk[] WITH_SLUG = java.util.stream.Stream.concat(
                    java.util.Arrays.stream(COLUMNS), java.util.stream.Stream.of(TENANTS.SLUG))
            .toArray(SelectFieldOrAsterisk[]::new);
    private static final Condition PUBLISHED = ANNUAL_REPORTS.STATUS.eq(ReportStatus.PUBLISHED.name());

    private final Database database;

    JooqAnnualReports(Database database) {
        this.database = database;
    }

    @Override
    public void lock(TenantId tenant, int year) {
        database.dsl()
                .select(DSL.function(
                        "pg_advisory_xact_lock",
                        Object.class,
                        DSL.function(
                                "hashtextextended",
                                Long.class,
                                DSL.val("annual-report:" + tenant.value() + ":" + year),
                                DSL.val(0L))))
                .fetch();
    }

    @Override
    public List<ReportRevision> revisions(TenantId tenant, int year) {
        return database.dsl()
                .select(COLUMNS)
                .from(ANNUAL_REPORTS)
                .where(of(tenant, year))
                .orderBy(ANNUAL_REPORTS.REVISION.desc())
                .fetch(JooqAnnualReports::toRevision);
    }

    @Override
    public List<ReportRevision> allRevisions(TenantId tenant) {
        return database.dsl()
                .select(COLUMNS)
                .from(ANNUAL_REPORTS)
                .where(Tenancy.ownedBy(ANNUAL_REPORTS.TENANT_ID, tenant))
                .orderBy(ANNUAL_REPORTS.YEAR.desc(), ANNUAL_REPORTS.REVISION.desc())
                .fetch(JooqAnnualReports::toRevision);
    }

    @Override
    public List<ReportRevision> publishedRevisions(TenantId tenant, int year) {
        return database.dsl()
                .select(COLUMNS)
                .from(ANNUAL_REPORTS)
                .where(of(tenant, year).and(PUBLISHED))
                .orderBy(ANNUAL_REPORTS.REVISION.desc())
                .fetch(JooqAnnualReports::toRevision);
    }

    @Override
    public void addDraft(TenantId tenant, int year, int revision, AnnualFigures figures, Actor author, Instant at) {
        OffsetDateTime now = at.atOffset(ZoneOffset.UTC);
        database.dsl()
                .insertInto(ANNUAL_REPORTS)
                .set(ANNUAL_REPORTS.TENANT_ID, tenant.value())
                .set(ANNUAL_REPORTS.YEAR, year)
                .set(ANNUAL_REPORTS.REVISION, revision)
                .set(ANNUAL_REPORTS.STATUS, ReportStatus.DRAFT.name())
                .set(ANNUAL_REPORTS.FIGURES, FiguresJson.write(figures))
                .set(ANNUAL_REPORTS.CREATED_AT, now)
                .set(ANNUAL_REPORTS.UPDATED_AT, now)
                .set(ANNUAL_REPORTS.UPDATED_BY, author.id())
                .execute();
    }

    @Override
    public boolean updateDraft(
            TenantId tenant, int year, int revision, AnnualFigures figures, Actor author, Instant at) {
        return database.dsl()
                        .update(ANNUAL_REPORTS)
                        .set(ANNUAL_REPORTS.FIGURES, FiguresJson.write(figures))
                        .set(ANNUAL_REPORTS.UPDATED_AT, at.atOffset(ZoneOffset.UTC))
                        .set(ANNUAL_REPORTS.UPDATED_BY, author.id())
                        .where(of(tenant, year)
                                .and(ANNUAL_REPORTS.REVISION.eq(revision))
                                .and(ANNUAL_REPORTS.STATUS.eq(ReportStatus.DRAFT.name())))
                        .execute()
                == 1;
    }

    @Override
    public boolean publish(TenantId tenant, int year, int revision, Instant at) {
        OffsetDateTime now = at.atOffset(ZoneOffset.UTC);
        database.dsl()
                .update(ANNUAL_REPORTS)
                .set(ANNUAL_REPORTS.SUPERSEDED_AT, now)
                .where(of(tenant, year).and(PUBLISHED).and(ANNUAL_REPORTS.SUPERSEDED_AT.isNull()))
                .execute();
        return database.dsl()
                        .update(ANNUAL_REPORTS)
                        .set(ANNUAL_REPORTS.STATUS, ReportStatus.PUBLISHED.name())
                        .set(ANNUAL_REPORTS.PUBLISHED_AT, now)
                        .where(of(tenant, year)
                                .and(ANNUAL_REPORTS.REVISION.eq(revision))
                                .and(ANNUAL_REPORTS.STATUS.eq(ReportStatus.DRAFT.name())))
                        .execute()
                == 1;
    }

    /**
     * Every institution's current revision: public rows read across tenants on purpose (the network
     * totals), so no tenant predicate; the status predicate keeps drafts out.
     */
    @Override
    public List<PublishedReport> currentlyPublished(int year) {
        return database.dsl()
                .select(WITH_SLUG)
                .from(ANNUAL_REPORTS)
                .join(TENANTS)
                .on(TENANTS.ID.eq(ANNUAL_REPORTS.TENANT_ID))
                .where(ANNUAL_REPORTS.YEAR.eq(year).and(PUBLISHED).and(ANNUAL_REPORTS.SUPERSEDED_AT.isNull()))
                .orderBy(TENANTS.SLUG)
                .fetch(r -> new PublishedReport(new TenantSlug(r.get(TENANTS.SLUG)), toRevision(r)));
    }

    private static Condition of(TenantId tenant, int year) {
        return Tenancy.ownedBy(ANNUAL_REPORTS.TENANT_ID, tenant).and(ANNUAL_REPORTS.YEAR.eq(year));
    }

    private static ReportRevision toRevision(Record r) {
        return new ReportRevision(
                r.get(ANNUAL_REPORTS.YEAR),
                r.get(ANNUAL_REPORTS.REVISION),
                ReportStatus.valueOf(r.get(ANNUAL_REPORTS.STATUS)),
                FiguresJson.read(r.get(ANNUAL_REPORTS.FIGURES)),
                r.get(ANNUAL_REPORTS.CREATED_AT).toInstant(),
                r.get(ANNUAL_REPORTS.UPDATED_AT).toInstant(),
                Optional.ofNullable(r.get(ANNUAL_REPORTS.PUBLISHED_AT)).map(OffsetDateTime::toInstant),
                Optional.ofNullable(r.get(ANNUAL_REPORTS.SUPERSEDED_AT)).map(OffsetDateTime::toInstant));
    }
}

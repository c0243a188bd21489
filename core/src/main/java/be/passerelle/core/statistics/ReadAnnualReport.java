package be.passerelle.core.statistics;

import be.passerelle.core.shared.AccessDenied;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.Caller;
import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.NotFound;
import be.passerelle.core.shared.Role;
import be.passerelle.core.shared.SystemOperation;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.core.shared.UnitOfWork;
import be.passerelle.core.tenant.Tenants;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a tenant's annual report for a year with its drafts (SPEC §3, §7): the tenant's own admin,
 * or a network administrator naming the tenant. Another tenant's admin gets 404, other staff 403.
 */
public final class ReadAnnualReport {
    private final UnitOfWork unitOfWork;
    private final AnnualReports reports;
    private final Tenants tenants;

    public ReadAnnualReport(UnitOfWork unitOfWork, AnnualReports reports, Tenants tenants) {
        this.unitOfWork = unitOfWork;
        this.reports = reports;
        this.tenants = tenants;
    }

    /** @param institution the tenant whose report to read; the caller's own when empty */
    public ReportHistory read(CallContext context, int year, Optional<TenantSlug> institution) {
        Readable readable =
                readable(context, institution, "annual report " + year, tenant -> reports.revisions(tenant, year));
        ReportHistory history = new ReportHistory(readable.institution(), year, readable.revisions());
        if (history.revisions().isEmpty()) {
            throw new NotFound("annual report " + year);
        }
        return history;
    }

    /**
     * Every year of the institution's reports with their revisions, drafts included (an empty list when it
     * has none), for the same callers as {@link #read}.
     *
     * @param institution the tenant whose reports to list; the caller's own when empty
     */
    public ReportYears years(CallContext context, Optional<TenantSlug> institution) {
        Readable readable = readable(context, institution, "annual reports", reports::allRevisions);
        return ReportYears.of(readable.institution(), readable.revisions());
    }

    private Readable readable(
            CallContext context,
            Optional<TenantSlug> institution,
            String what,
            Function<TenantId, List<ReportRevision>> query) {
        Caller caller = context.caller();
        Optional<Tenant> own = caller.tenant().filter(t -> caller.has(Role.TENANT_ADMIN));
        if (own.isPresent()
                && institution.map(slug -> slug.equals(own.get().slug())).orElse(true)) {
            Tenant tenant = own.get();
            return new Readable(tenant.slug(), unitOfWork.inTenant(tenant.id(), () -> query.apply(tenant.id())));
        }
        if (caller.has(Role.NETWORK_ADMIN)) {
            TenantSlug slug = institution.orElseThrow(
                    () -> new InvalidInput("name the institution whose report to read: ?tenant=<slug>"));
            Tenant tenant = unitOfWork.inShared(() -> tenants.findBySlug(slug)).orElseThrow(() -> new NotFound(what));
            return new Readable(
                    slug, unitOfWork.inSystem(SystemOperation.STATISTICS_DRAFT_READ, () -> query.apply(tenant.id())));
        }
        if (own.isPresent()) {
            throw new NotFound(what);
        }
        throw new AccessDenied("annual report drafts are read by the institution's tenant-admin");
    }

    /** The revisions a caller may read, and whose they are. */
    private record Readable(TenantSlug institution, List<ReportRevision> revisions) {}
}

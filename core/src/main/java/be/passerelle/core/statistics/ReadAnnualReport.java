package be.passerelle.core.statistics;

import be.passerelle.core.shared.AccessDenied;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.Caller;
import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.NotFound;
import be.passerelle.core.shared.Role;
import be.passerelle.core.shared.SystemOperation;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.core.shared.UnitOfWork;
import be.passerelle.core.tenant.Tenants;
import java.util.List;
import java.util.Optional;

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
        Caller caller = context.caller();
        Optional<Tenant> own = caller.tenant().filter(t -> caller.has(Role.TENANT_ADMIN));
        if (own.isPresent()
                && institution.map(slug -> slug.equals(own.get().slug())).orElse(true)) {
            Tenant tenant = own.get();
            return found(new ReportHistory(
                    tenant.slug(), year, unitOfWork.inTenant(tenant.id(), () -> reports.revisions(tenant.id(), year))));
        }
        if (caller.has(Role.NETWORK_ADMIN)) {
            TenantSlug slug = institution.orElseThrow(
                    () -> new InvalidInput("name the institution whose report to read: ?tenant=<slug>"));
            Tenant tenant = unitOfWork
                    .inShared(() -> tenants.findBySlug(slug))
                    .orElseThrow(() -> new NotFound("annual report " + year));
            List<ReportRevision> revisions = unitOfWork.inSystem(
                    SystemOperation.STATISTICS_DRAFT_READ, () -> reports.revisions(tenant.id(), year));
            return found(new ReportHistory(slug, year, revisions));
        }
        if (own.isPresent()) {
            throw new NotFound("annual report " + year);
        }
        throw new AccessDenied("annual report drafts are read by the institution's tenant-admin");
    }

    private static ReportHistory found(ReportHistory history) {
        if (history.revisions().isEmpty()) {
            throw new NotFound("annual report " + history.year());
        }
        return history;
    }
}

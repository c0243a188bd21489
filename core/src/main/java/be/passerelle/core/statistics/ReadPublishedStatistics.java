package be.passerelle.core.statistics;

import be.passerelle.core.shared.NotFound;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.core.shared.UnitOfWork;
import be.passerelle.core.tenant.Tenants;

/**
 * The public, anonymous reads of the institutions' own annual reports (SPEC §4.4): published
 * revisions only, never drafts.
 */
public final class ReadPublishedStatistics {
    private final UnitOfWork unitOfWork;
    private final AnnualReports reports;
    private final Tenants tenants;

    public ReadPublishedStatistics(UnitOfWork unitOfWork, AnnualReports reports, Tenants tenants) {
        this.unitOfWork = unitOfWork;
        this.reports = reports;
        this.tenants = tenants;
    }

    /** The institution's published revisions for {@code year}, newest first (none when it has not published). */
    public ReportHistory institution(TenantSlug slug, int year) {
        return unitOfWork.inShared(() -> {
            Tenant tenant = tenants.findBySlug(slug).orElseThrow(() -> new NotFound("institution " + slug.value()));
            return new ReportHistory(slug, year, reports.publishedRevisions(tenant.id(), year));
        });
    }

    public NetworkAnnualReports network(int year) {
        return unitOfWork.inShared(() -> new NetworkAnnualReports(year, reports.currentlyPublished(year)));
    }
}

package be.passerelle.core.statistics;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.audit.AuditEntry;
import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.directory.FieldProblem;
import be.passerelle.core.directory.InvalidFields;
import be.passerelle.core.directory.Sector;
import be.passerelle.core.directory.Taxonomies;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A tenant's admin submits (or corrects) its annual report for a year (SPEC §4.4): the figures
 * replace the year's draft, or open a new draft revision when the year has none (also when it is
 * published: the published revision stays public until the new one is published).
 */
public final class SubmitAnnualReport {
    public static final String ACTION = "statistics.report_saved";
    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final UnitOfWork unitOfWork;
    private final AnnualReports reports;
    private final Taxonomies taxonomies;
    private final AuditTrail audit;
    private final Clock clock;

    public SubmitAnnualReport(
            UnitOfWork unitOfWork, AnnualReports reports, Taxonomies taxonomies, AuditTrail audit, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.reports = reports;
        this.taxonomies = taxonomies;
        this.audit = audit;
        this.clock = clock;
    }

    /** The year's revisions after the change, and whether a new draft revision was opened. */
    public record Submitted(ReportHistory history, boolean opened) {}

    public Submitted submit(CallContext context, int year, AnnualFigures figures) {
        Tenant own = ReportAdmin.tenantOf(context.caller());
        TenantId tenant = own.id();
        Actor author = Actor.of(context.caller());
        return unitOfWork.inTenant(tenant, () -> {
            Instant now = clock.instant();
            Set<String> sectors =
                    taxonomies.sectors().stream().map(Sector::code).collect(Collectors.toSet());
            List<FieldProblem> problems =
                    AnnualReportRules.problems(year, now.atZone(BRUSSELS).getYear(), figures, sectors);
            if (!problems.isEmpty()) {
                throw new InvalidFields(problems);
            }
            reports.lock(tenant, year);
            ReportHistory before = new ReportHistory(own.slug(), year, reports.revisions(tenant, year));
            Optional<ReportRevision> draft = before.draft();
            if (draft.isPresent()) {
                reports.updateDraft(tenant, year, draft.get().revision(), figures, author, now);
            } else {
                reports.addDraft(tenant, year, before.nextRevision(), figures, author, now);
            }
            audit.append(new AuditEntry(
                    Optional.of(tenant),
                    author,
                    ACTION,
                    "annual-report",
                    ReportAdmin.resourceId(own, year),
                    context.requestId(),
                    now));
            return new Submitted(new ReportHistory(own.slug(), year, reports.revisions(tenant, year)), draft.isEmpty());
        });
    }
}

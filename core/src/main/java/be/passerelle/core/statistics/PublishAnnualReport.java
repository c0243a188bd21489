package be.passerelle.core.statistics;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.audit.AuditEntry;
import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.outbox.Outbox;
import be.passerelle.core.outbox.OutboxEvent;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.Conflict;
import be.passerelle.core.shared.NotFound;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A tenant's admin publishes the year's draft (SPEC §4.4): it becomes public and immutable, the
 * revision published before it is marked superseded (and stays visible with its dates), and an audit
 * entry and a thin {@code statistics.published} event are recorded in the same unit of work.
 * Without a draft, publishing again is a 409 (nothing is published twice).
 */
public final class PublishAnnualReport {
    public static final String EVENT = "statistics.published";

    private final UnitOfWork unitOfWork;
    private final AnnualReports reports;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final Clock clock;

    public PublishAnnualReport(
            UnitOfWork unitOfWork, AnnualReports reports, AuditTrail audit, Outbox outbox, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.reports = reports;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    public ReportHistory publish(CallContext context, int year) {
        Tenant own = ReportAdmin.tenantOf(context.caller());
        TenantId tenant = own.id();
        return unitOfWork.inTenant(tenant, () -> {
            Instant now = clock.instant();
            reports.lock(tenant, year);
            ReportHistory history = new ReportHistory(own.slug(), year, reports.revisions(tenant, year));
            ReportRevision draft = history.draft()
                    .orElseThrow(() -> history.current()
                            .<RuntimeException>map(current -> new Conflict("revision " + current.revision() + " of "
                                    + year + " is already published; PUT new figures to open a new draft"))
                            .orElseGet(() -> new NotFound("annual report " + year)));
            reports.publish(tenant, year, draft.revision(), now);
            String resourceId = ReportAdmin.resourceId(own, year);
            audit.append(new AuditEntry(
                    Optional.of(tenant),
                    Actor.of(context.caller()),
                    EVENT,
                    "annual-report",
                    resourceId,
                    context.requestId(),
                    now));
            outbox.record(new OutboxEvent(
                    UUID.randomUUID(),
                    EVENT,
                    now,
                    Optional.of(tenant),
                    Set.of(tenant),
                    "annual-report",
                    resourceId,
                    Optional.of(ReportStatus.PUBLISHED.name()),
                    "/api/v1/statistics/institutions/" + own.slug().value() + "?year=" + year));
            return new ReportHistory(own.slug(), year, reports.revisions(tenant, year));
        });
    }
}

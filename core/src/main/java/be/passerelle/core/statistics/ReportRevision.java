package be.passerelle.core.statistics;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One revision of a tenant's annual report for a year. Revisions are numbered from 1; there is at
 * most one draft per year, always the newest revision.
 *
 * @param supersededAt when a later revision was published (published revisions only)
 */
public record ReportRevision(
        int year,
        int revision,
        ReportStatus status,
        AnnualFigures figures,
        Instant createdAt,
        Instant updatedAt,
        Optional<Instant> publishedAt,
        Optional<Instant> supersededAt) {
    public ReportRevision {
        if (revision < 1) {
            throw new IllegalArgumentException("revisions start at 1");
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(supersededAt, "supersededAt");
    }

    public boolean isDraft() {
        return status == ReportStatus.DRAFT;
    }

    /** Published and not superseded: the figures the public reads. */
    public boolean isCurrent() {
        return status == ReportStatus.PUBLISHED && supersededAt.isEmpty();
    }
}

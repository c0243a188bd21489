package be.passerelle.core.statistics;

import be.passerelle.core.shared.TenantSlug;
import java.util.Objects;

/** An institution's current published revision for a year. */
public record PublishedReport(TenantSlug institution, ReportRevision revision) {
    public PublishedReport {
        Objects.requireNonNull(institution, "institution");
        Objects.requireNonNull(revision, "revision");
    }
}

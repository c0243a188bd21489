package be.passerelle.core.statistics;

import be.passerelle.core.shared.TenantSlug;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Every revision of one institution's annual report for one year, newest first. */
public record ReportHistory(TenantSlug institution, int year, List<ReportRevision> revisions) {
    public ReportHistory {
        Objects.requireNonNull(institution, "institution");
        revisions = List.copyOf(revisions);
    }

    public Optional<ReportRevision> draft() {
        return revisions.stream().filter(ReportRevision::isDraft).findFirst();
    }

    /** The published revision the public reads, if any. */
    public Optional<ReportRevision> current() {
        return revisions.stream().filter(ReportRevision::isCurrent).findFirst();
    }

    /** The published revisions, newest first. */
    public List<ReportRevision> published() {
        return revisions.stream().filter(r -> !r.isDraft()).toList();
    }

    public int nextRevision() {
        return revisions.stream().mapToInt(ReportRevision::revision).max().orElse(0) + 1;
    }
}

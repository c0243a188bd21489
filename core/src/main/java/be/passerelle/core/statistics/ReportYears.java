package be.passerelle.core.statistics;

import be.passerelle.core.shared.TenantSlug;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Every year of one institution's annual reports, newest year first, each with its revisions. */
public record ReportYears(TenantSlug institution, List<ReportHistory> years) {
    public ReportYears {
        Objects.requireNonNull(institution, "institution");
        years = List.copyOf(years);
    }

    /** Groups revisions ordered by year (newest first), then revision (newest first), into one history per year. */
    static ReportYears of(TenantSlug institution, List<ReportRevision> revisions) {
        Map<Integer, List<ReportRevision>> byYear = new LinkedHashMap<>();
        revisions.forEach(
                r -> byYear.computeIfAbsent(r.year(), y -> new ArrayList<>()).add(r));
        return new ReportYears(
                institution,
                byYear.entrySet().stream()
                        .map(e -> new ReportHistory(institution, e.getKey(), e.getValue()))
                        .toList());
    }
}

package be.passerelle.core.statistics;

import java.util.List;

/** The institutions' current published annual reports for one year, and their sum. */
public record NetworkAnnualReports(int year, List<PublishedReport> reports) {
    public NetworkAnnualReports {
        reports = List.copyOf(reports);
    }

    /** The sum of the reports' figures; no median (medians do not add up). */
    public AnnualFigures totals() {
        return reports.stream().map(r -> r.revision().figures()).reduce(AnnualFigures.ZERO, AnnualFigures::plus);
    }
}

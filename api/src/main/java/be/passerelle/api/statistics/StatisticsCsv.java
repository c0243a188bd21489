package be.passerelle.api.statistics;

import be.passerelle.api.web.Csv;
import java.util.List;

/**
 * The public statistics as CSV, in long form so that every kind of figures fits one table: one row
 * per figure, {@code scope} (an institution's slug or {@code network}), {@code year}, {@code section}
 * (e.g. {@code annualReport}), {@code metric} (the JSON path of the figure) and {@code value}.
 */
final class StatisticsCsv {
    static final List<String> HEADER = List.of("scope", "year", "section", "metric", "value");

    private StatisticsCsv() {}

    static String of(InstitutionStatisticsResponse response) {
        Csv csv = new Csv(HEADER);
        InstitutionStatisticsResponse.AnnualReport report = response.annualReport();
        if (report != null) {
            Rows rows = new Rows(csv, response.institution(), response.year(), "annualReport");
            rows.add("source", report.source());
            rows.add("revision", report.revision());
            rows.add("publishedAt", report.publishedAt());
            figures(rows, "", report.figures());
            for (InstitutionStatisticsResponse.Revision revision : report.revisions()) {
                String prefix = "revisions." + revision.revision() + ".";
                rows.add(prefix + "publishedAt", revision.publishedAt());
                rows.add(prefix + "supersededAt", revision.supersededAt());
            }
        }
        return csv.toString();
    }

    static String of(NetworkStatisticsResponse response) {
        Csv csv = new Csv(HEADER);
        NetworkStatisticsResponse.AnnualReports reports = response.annualReports();
        Rows rows = new Rows(csv, "network", response.year(), "annualReports");
        rows.add("source", reports.source());
        rows.add("institutionsPublished", reports.institutionsPublished());
        for (NetworkStatisticsResponse.Counted counted : reports.institutions()) {
            rows.add("institutions." + counted.institution() + ".revision", counted.revision());
        }
        figures(rows, "totals.", reports.totals());
        return csv.toString();
    }

    private static void figures(Rows rows, String prefix, AnnualFiguresBody f) {
        rows.add(prefix + "complaintsReceived", f.complaintsReceived());
        rows.add(prefix + "informationRequests", f.informationRequests());
        rows.add(prefix + "outsideCompetence", f.outsideCompetence());
        rows.add(prefix + "referredOut", f.referredOut());
        rows.add(prefix + "admissible", f.admissible());
        rows.add(prefix + "inadmissible", f.inadmissible());
        rows.add(prefix + "closed", f.closed());
        rows.add(prefix + "founded", f.founded());
        rows.add(prefix + "partlyFounded", f.partlyFounded());
        rows.add(prefix + "unfounded", f.unfounded());
        rows.add(prefix + "noJudgement", f.noJudgement());
        rows.add(prefix + "resolved", f.resolved());
        rows.add(prefix + "partlyResolved", f.partlyResolved());
        rows.add(prefix + "unresolved", f.unresolved());
        rows.add(prefix + "medianHandlingDays", f.medianHandlingDays());
        rows.add(prefix + "handlingDaysBuckets.0-20", f.handlingDaysBuckets().upTo20());
        rows.add(prefix + "handlingDaysBuckets.21-45", f.handlingDaysBuckets().from21To45());
        rows.add(prefix + "handlingDaysBuckets.46-90", f.handlingDaysBuckets().from46To90());
        rows.add(prefix + "handlingDaysBuckets.>90", f.handlingDaysBuckets().over90());
        f.bySector().forEach((code, count) -> rows.add(prefix + "bySector." + code, count));
        rows.add(prefix + "byLanguage.fr", f.byLanguage().fr());
        rows.add(prefix + "byLanguage.nl", f.byLanguage().nl());
        rows.add(prefix + "byLanguage.de", f.byLanguage().de());
        rows.add(prefix + "byLanguage.en", f.byLanguage().en());
        rows.add(prefix + "byLanguage.other", f.byLanguage().other());
    }

    private record Rows(Csv csv, String scope, int year, String section) {
        void add(String metric, Object value) {
            csv.row(scope, year, section, metric, value);
        }
    }
}

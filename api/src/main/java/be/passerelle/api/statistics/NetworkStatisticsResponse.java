package be.passerelle.api.statistics;

import be.passerelle.core.statistics.NetworkAnnualReports;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * The network's public statistics for a year. Each kind of figures is its own section:
 * {@code annualReports} sums what the institutions themselves reported; figures computed by the
 * network (e.g. referral flows) come as sibling sections.
 *
 * @param year the year
 * @param annualReports the sum of the institutions' own published annual reports
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record NetworkStatisticsResponse(int year, AnnualReports annualReports) {

    /**
     * @param source always {@code institution}: self-reported figures, not computed from referrals
     * @param institutionsPublished how many institutions published a report for the year
     * @param institutions the institutions counted, with the revision counted
     * @param totals the sum of their current published revisions (medianHandlingDays is null: medians do
     *     not add up)
     */
    @Schema(description = "Totals of the institutions' own annual reports (self-reported, not computed from referrals)")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AnnualReports(
            String source, int institutionsPublished, List<Counted> institutions, AnnualFiguresBody totals) {}

    /**
     * @param institution the institution's slug
     * @param revision its current published revision
     * @param publishedAt when that revision was published
     */
    record Counted(String institution, int revision, Instant publishedAt) {}

    static NetworkStatisticsResponse of(NetworkAnnualReports network) {
        List<Counted> counted = network.reports().stream()
                .map(r -> new Counted(
                        r.institution().value(),
                        r.revision().revision(),
                        r.revision().publishedAt().orElseThrow()))
                .toList();
        return new NetworkStatisticsResponse(
                network.year(),
                new AnnualReports(
                        InstitutionStatisticsResponse.SELF_REPORTED,
                        counted.size(),
                        counted,
                        AnnualFiguresBody.of(network.totals())));
    }
}

package be.passerelle.api.statistics;

import be.passerelle.core.statistics.ReportHistory;
import be.passerelle.core.statistics.ReportRevision;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * One institution's public statistics for a year. Each kind of figures is its own section:
 * {@code annualReport} holds what the institution itself reported; figures computed by the network
 * (e.g. referral flows) come as sibling sections.
 *
 * @param institution the institution's slug
 * @param year the year
 * @param annualReport the institution's own annual report as it published it; null when it has not
 *     published one for the year
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record InstitutionStatisticsResponse(
        String institution,
        int year,
        @Schema(nullable = true) AnnualReport annualReport) {

    /**
     * @param source always {@code institution}: self-reported figures, not computed from referrals
     * @param revision the current published revision
     * @param publishedAt when it was published
     * @param figures its figures
     * @param revisions every published revision, newest first, with its dates and figures
     */
    @Schema(description = "The institution's own annual report (self-reported figures, not computed from referrals)")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AnnualReport(
            String source, int revision, Instant publishedAt, AnnualFiguresBody figures, List<Revision> revisions) {}

    /**
     * @param revision the revision's number
     * @param publishedAt when it was published
     * @param supersededAt when a later revision replaced it; null for the current one
     * @param figures its figures
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "PublishedRevision")
    record Revision(
            int revision,
            Instant publishedAt,
            @Schema(nullable = true) Instant supersededAt,
            AnnualFiguresBody figures) {
        static Revision of(ReportRevision r) {
            return new Revision(
                    r.revision(),
                    r.publishedAt().orElseThrow(),
                    r.supersededAt().orElse(null),
                    AnnualFiguresBody.of(r.figures()));
        }
    }

    static final String SELF_REPORTED = "institution";

    static InstitutionStatisticsResponse of(ReportHistory published) {
        AnnualReport report = published
                .current()
                .map(current -> new AnnualReport(
                        SELF_REPORTED,
                        current.revision(),
                        current.publishedAt().orElseThrow(),
                        AnnualFiguresBody.of(current.figures()),
                        published.published().stream().map(Revision::of).toList()))
                .orElse(null);
        return new InstitutionStatisticsResponse(published.institution().value(), published.year(), report);
    }
}

package be.passerelle.api.statistics;

import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.core.statistics.ReadAnnualReport;
import be.passerelle.core.statistics.ReportYears;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/statistics/reports}: every year of an institution's annual reports (SPEC §4.4). */
@RestController
@RequestMapping("/api/v1/statistics/reports")
@Tag(name = "Statistics")
class AnnualReportListController {
    private final ReadAnnualReport read;

    AnnualReportListController(ReadAnnualReport read) {
        this.read = read;
    }

    @GetMapping
    @Operation(
            operationId = "listAnnualReports",
            summary = "Every year of the institution's annual reports, with their drafts and revisions",
            description = "Newest year first; an institution without reports gets an empty list. The institution's"
                    + " tenant-admin reads its own; a network-admin names the institution with ?tenant=<slug>."
                    + " Another institution's admin gets 404.")
    @ApiResponse(responseCode = "200", description = "The institution's reports, newest year first")
    @ApiResponse(
            responseCode = "404",
            description = "Another institution's reports, or an unknown institution",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    ReportListResponse list(
            CallContext context,
            @Parameter(description = "the institution's slug (network-admin)")
                    @RequestParam(required = false)
                    @Size(max = 63)
                    String tenant) {
        return ReportListResponse.of(
                read.years(context, Optional.ofNullable(tenant).map(TenantSlug::new)));
    }

    /**
     * An institution's annual reports.
     *
     * @param institution the institution's slug
     * @param reports one report per year, newest year first, each with its revisions (newest first)
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ReportListResponse(String institution, List<ReportResponse> reports) {
        static ReportListResponse of(ReportYears years) {
            return new ReportListResponse(
                    years.institution().value(),
                    years.years().stream().map(ReportResponse::of).toList());
        }
    }
}

package be.passerelle.api.statistics;

import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.core.statistics.PublishAnnualReport;
import be.passerelle.core.statistics.ReadAnnualReport;
import be.passerelle.core.statistics.SubmitAnnualReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/statistics/reports/{year}}: a tenant's annual reports and their revisions (SPEC §4.4). */
@RestController
@RequestMapping("/api/v1/statistics/reports/{year}")
@Tag(name = "Statistics")
class AnnualReportController {
    private static final String PROBLEM = "application/problem+json";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    private final SubmitAnnualReport submit;
    private final PublishAnnualReport publish;
    private final ReadAnnualReport read;

    AnnualReportController(SubmitAnnualReport submit, PublishAnnualReport publish, ReadAnnualReport read) {
        this.submit = submit;
        this.publish = publish;
        this.read = read;
    }

    @PutMapping
    @Operation(
            operationId = "putAnnualReport",
            summary = "Submit or correct the year's annual report (the institution's tenant-admin)",
            description = "Replaces the year's draft, or opens a new draft revision (201) when the year has none;"
                    + " on a published year the published revision stays public until the new one is published."
                    + " Every rule broken is reported in errors[] on its field.")
    @ApiResponse(responseCode = "200", description = "The draft was updated")
    @ApiResponse(responseCode = "201", description = "A new draft revision was opened")
    @ApiResponse(
            responseCode = "403",
            description = "Not the tenant-admin of an institution",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    ResponseEntity<ReportResponse> put(
            CallContext context, @PathVariable int year, @Valid @RequestBody AnnualFiguresBody figures) {
        SubmitAnnualReport.Submitted submitted = submit.submit(context, year, figures.toFigures());
        return ResponseEntity.status(submitted.opened() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(ReportResponse.of(submitted.history()));
    }

    @GetMapping
    @ApiResponse(responseCode = "200", description = "The report with its drafts and revisions")
    @Operation(
            operationId = "getAnnualReport",
            summary = "The year's annual report with its drafts and revisions",
            description = "The institution's tenant-admin reads its own; a network-admin names the institution"
                    + " with ?tenant=<slug>. Another institution's admin gets 404.")
    @ApiResponse(
            responseCode = "404",
            description = "No report for the year, or another institution's",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    ReportResponse get(
            CallContext context,
            @PathVariable int year,
            @Parameter(description = "the institution's slug (network-admin)")
                    @RequestParam(required = false)
                    @Size(max = 63)
                    String tenant) {
        return ReportResponse.of(
                read.read(context, year, Optional.ofNullable(tenant).map(TenantSlug::new)));
    }

    @PostMapping("/publish")
    @ApiResponse(responseCode = "200", description = "Published; the report with its revisions")
    @Operation(
            operationId = "publishAnnualReport",
            summary = "Publish the year's draft (the institution's tenant-admin)",
            description = "The draft becomes public and immutable; the revision published before it is marked"
                    + " superseded and stays visible. Emits statistics.published and an audit event.")
    @ApiResponse(
            responseCode = "404",
            description = "No report for the year",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(
            responseCode = "409",
            description = "No draft: the current revision is already published (PUT to open a new draft)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    ReportResponse publish(CallContext context, @PathVariable int year) {
        return ReportResponse.of(publish.publish(context, year));
    }
}

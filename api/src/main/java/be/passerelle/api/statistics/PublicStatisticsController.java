package be.passerelle.api.statistics;

import be.passerelle.core.shared.TenantSlug;
import be.passerelle.core.statistics.ReadPublishedStatistics;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/statistics/institutions/{slug}} and {@code /api/v1/statistics/network}: published
 * statistics, anonymous, JSON or CSV (SPEC §4.4).
 */
@RestController
@RequestMapping("/api/v1/statistics")
@Tag(name = "Statistics")
class PublicStatisticsController {
    private static final String CSV = "text/csv";

    private final ReadPublishedStatistics statistics;
    private final JsonMapper json;
    private final ShortLivedResponses responses;

    PublicStatisticsController(ReadPublishedStatistics statistics, JsonMapper json, ShortLivedResponses responses) {
        this.statistics = statistics;
        this.json = json;
        this.responses = responses;
    }

    @GetMapping(
            path = "/institutions/{slug}",
            produces = {MediaType.APPLICATION_JSON_VALUE, CSV})
    @SecurityRequirements
    @Operation(
            operationId = "getInstitutionStatistics",
            summary = "An institution's published statistics for a year (public)",
            description = "annualReport is the institution's own annual report as published (current revision,"
                    + " with every published revision and its dates); null when it published none for the year."
                    + " Accept: text/csv gives one row per figure (RFC 4180, UTF-8, header row). ETag, 304 on"
                    + " If-None-Match, cacheable for 60 s.")
    @ApiResponse(
            responseCode = "200",
            description = "The statistics",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(implementation = InstitutionStatisticsResponse.class)),
                @Content(mediaType = CSV, schema = @Schema(type = "string"))
            })
    @ApiResponse(
            responseCode = "304",
            description = "Not modified since the ETag sent in If-None-Match",
            content = @Content)
    ResponseEntity<byte[]> institution(
            @PathVariable String slug,
            @Parameter(description = "the year") @RequestParam @Min(2000) @Max(2999) int year,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        boolean csv = Representations.wantsCsv(accept);
        return responses.get("institution:" + slug + ":" + year + ":" + csv, ifNoneMatch, () -> {
            InstitutionStatisticsResponse body =
                    InstitutionStatisticsResponse.of(statistics.institution(new TenantSlug(slug), year));
            return Representations.of(json, body, () -> StatisticsCsv.of(body), csv);
        });
    }

    @GetMapping(
            path = "/network",
            produces = {MediaType.APPLICATION_JSON_VALUE, CSV})
    @SecurityRequirements
    @Operation(
            operationId = "getNetworkStatistics",
            summary = "The network's published statistics for a year (public)",
            description = "annualReports sums the institutions' own current published annual reports for the year"
                    + " and says how many institutions published. Accept: text/csv gives one row per figure"
                    + " (RFC 4180, UTF-8, header row). ETag, 304 on If-None-Match, cacheable for 60 s.")
    @ApiResponse(
            responseCode = "200",
            description = "The statistics",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(implementation = NetworkStatisticsResponse.class)),
                @Content(mediaType = CSV, schema = @Schema(type = "string"))
            })
    @ApiResponse(
            responseCode = "304",
            description = "Not modified since the ETag sent in If-None-Match",
            content = @Content)
    ResponseEntity<byte[]> network(
            @Parameter(description = "the year") @RequestParam @Min(2000) @Max(2999) int year,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        boolean csv = Representations.wantsCsv(accept);
        return responses.get("network:" + year + ":" + csv, ifNoneMatch, () -> {
            NetworkStatisticsResponse body = NetworkStatisticsResponse.of(statistics.network(year));
            return Representations.of(json, body, () -> StatisticsCsv.of(body), csv);
        });
    }
}

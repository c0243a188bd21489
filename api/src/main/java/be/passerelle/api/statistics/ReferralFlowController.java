package be.passerelle.api.statistics;

import be.passerelle.core.statistics.ReadReferralFlows;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/v1/statistics/referral-flows?year=}: the public, anonymous referral-flow tables, in
 * JSON or (with {@code Accept: text/csv}) CSV. Read from the rollups only. The {@code ETag} is a hash of
 * the published figures (not of {@code asOf}, which moves with every refresh), so {@code If-None-Match}
 * gives 304 for as long as the figures stay the same.
 */
@RestController
@RequestMapping("/api/v1/statistics/referral-flows")
@Tag(name = "Statistics")
class ReferralFlowController {
    private static final CacheControl CACHE =
            CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();
    private static final String DESCRIPTION = "Fixed tables: the year's total; network-wide months (total, by sector,"
            + " by the citizen's language, by region); per receiver (received, by current state, acceptance rate,"
            + " median calendar days to acknowledge, accept and close); sender → receiver flows. Counts from 1 to 4"
            + " and figures derived from fewer than 5 referrals are null with suppressed: true, and further cells"
            + " are suppressed where needed so that none can be recomputed from totals or other tables. A suppressed"
            + " total hides its breakdowns. asOf tells how fresh the figures are (at most about a minute)."
            + " CSV (Accept: text/csv): RFC 4180, UTF-8, header row, long format with the columns "
            + ReferralFlowCsv.HEADER
            + ".";

    private final ReadReferralFlows readReferralFlows;
    private final ShortLivedResponses responses;
    private final JsonMapper json;

    ReferralFlowController(ReadReferralFlows readReferralFlows, ShortLivedResponses responses, JsonMapper json) {
        this.readReferralFlows = readReferralFlows;
        this.responses = responses;
        this.json = json;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @SecurityRequirements
    @Operation(
            operationId = "getReferralFlows",
            summary = "Referral flows of a year, with small counts suppressed (public)",
            description = DESCRIPTION)
    @ApiResponse(
            responseCode = "200",
            description = "The tables; cacheable (ETag, Cache-Control)",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(implementation = ReferralFlowResponse.class)),
                @Content(mediaType = "text/csv", schema = @Schema(type = "string"))
            })
    @ApiResponse(responseCode = "304", description = "Not modified (If-None-Match)", content = @Content)
    ResponseEntity<byte[]> json(
            @Parameter(description = "the year of creation (Europe/Brussels), from 2000 to the current year")
                    @RequestParam
                    int year,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        return responses.get("referral-flows:" + year + ":json", ifNoneMatch, () -> {
            ReferralFlowResponse tables = ReferralFlowResponse.of(readReferralFlows.of(year));
            // rendered once here and kept as bytes: a year's tables are large, serialising or even encoding
            // them per request is not free
            return ok(tag(tables, "json"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(json.writeValueAsBytes(tables));
        });
    }

    @GetMapping(produces = "text/csv")
    @SecurityRequirements
    @Operation(operationId = "getReferralFlows")
    @ApiResponse(
            responseCode = "200",
            description = "The tables; cacheable (ETag, Cache-Control)",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<byte[]> csv(
            @RequestParam int year,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        return responses.get("referral-flows:" + year + ":csv", ifNoneMatch, () -> {
            ReferralFlowResponse tables = ReferralFlowResponse.of(readReferralFlows.of(year));
            return ok(tag(tables, "csv"))
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .body(ReferralFlowCsv.of(tables).getBytes(StandardCharsets.UTF_8));
        });
    }

    /** A hash of every published figure of the year (the CSV without asOf), per representation. */
    private static String tag(ReferralFlowResponse tables, String representation) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(ReferralFlowCsv.figures(tables).getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "-" + representation + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static ResponseEntity.BodyBuilder ok(String tag) {
        return ResponseEntity.ok().eTag(tag).cacheControl(CACHE).header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }
}

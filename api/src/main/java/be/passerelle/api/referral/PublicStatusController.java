package be.passerelle.api.referral;

import be.passerelle.api.web.Problems;
import be.passerelle.core.referral.CheckReferralStatus;
import be.passerelle.core.referral.PublicReferralStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/public/referral-status}: the citizen follows a case with its reference and code,
 * sent in the body; the former {@code GET} with them in the query string answers 410.
 */
@RestController
@RequestMapping("/api/v1/public/referral-status")
@Tag(name = "Citizen")
class PublicStatusController {
    static final String MOVED = "The status check is now POST /api/v1/public/referral-status with the reference and"
            + " the code in a JSON body {\"reference\": \"…\", \"code\": \"…\"}: the code no longer goes in the URL";

    private final CheckReferralStatus checkReferralStatus;

    PublicStatusController(CheckReferralStatus checkReferralStatus) {
        this.checkReferralStatus = checkReferralStatus;
    }

    /**
     * The status of a case, for the citizen.
     *
     * @param reference the public reference, e.g. {@code PSR-2026-7K3M9Q}
     * @param state the state of the case at the institution that holds it now
     * @param stateLabel that state in the citizen's language
     * @param institution the slug of the institution that handles the case now (forwards followed)
     * @param institutionName its name in the citizen's language
     * @param language the citizen's language
     * @param updatedAt when the state last changed
     */
    record StatusResponse(
            String reference,
            String state,
            String stateLabel,
            String institution,
            String institutionName,
            String language,
            Instant updatedAt) {
        static StatusResponse of(PublicReferralStatus s) {
            return new StatusResponse(
                    s.reference().value(),
                    s.state().name(),
                    s.stateLabel(),
                    s.institution().value(),
                    s.institutionName(),
                    s.language().code(),
                    s.updatedAt());
        }
    }

    /**
     * What the citizen sends: the reference and the access code, in the body so that the code is in
     * no URL (access logs, proxies, browser history). Its text form shows the reference only.
     *
     * @param reference the public reference given to the citizen, e.g. {@code PSR-2026-7K3M9Q}
     * @param code the access code given to the citizen (case and dashes do not matter)
     */
    record StatusRequest(
            @Schema(description = "the public reference given to the citizen", example = "PSR-2026-7K3M9Q")
            String reference,

            @Schema(description = "the access code given to the citizen", example = "7K3M-9QXA-2B4C6")
            String code) {
        @Override
        public String toString() {
            return "StatusRequest[reference=" + reference + ", code=(hidden)]";
        }
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @SecurityRequirements
    @ApiResponse(responseCode = "200", description = "The case's current holder and state; never cached")
    @Operation(
            operationId = "checkReferralStatus",
            summary = "Which institution handles my case now, and its state (anonymous)",
            description = "The reference and the access code are sent in the body, never in the URL. Nothing"
                    + " personal is returned. A wrong reference and a wrong code give the same 404; a"
                    + " reference locks for the day after 10 failures; requests are rate-limited per client"
                    + " address (policy `citizen-status`). The former `GET` with the reference and code in the"
                    + " query string answers 410 with a problem pointing here, for one release, then 405.")
    @ApiResponse(
            responseCode = "404",
            description = "No case with this reference and code (the same answer whichever is wrong, or when"
                    + " the reference is locked)",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(
            responseCode = "429",
            description = "Too many requests from this client; see Retry-After",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    ResponseEntity<StatusResponse> status(@RequestBody StatusRequest request) {
        PublicReferralStatus status = checkReferralStatus.check(
                request.reference() == null ? "" : request.reference(), request.code() == null ? "" : request.code());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(StatusResponse.of(status));
    }

    /**
     * The former form, with the code in the query string: answered 410 for one release, pointing to the
     * {@code POST}. Its query string is not read. It is no operation of the OpenAPI document (a generated
     * client gets no method that can only fail); the {@code POST}'s description names it.
     */
    @GetMapping
    @Operation(hidden = true)
    ResponseEntity<ProblemDetail> formerStatus(HttpServletRequest request) {
        return Problems.response(Problems.of(HttpStatus.GONE, MOVED, request));
    }
}

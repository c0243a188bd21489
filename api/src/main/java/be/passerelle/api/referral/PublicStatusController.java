package be.passerelle.api.referral;

import be.passerelle.core.referral.CheckReferralStatus;
import be.passerelle.core.referral.PublicReferralStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/public/referral-status}: the citizen follows a case with its reference and code. */
@RestController
@RequestMapping("/api/v1/public/referral-status")
@Tag(name = "Citizen")
class PublicStatusController {
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

    @GetMapping
    @SecurityRequirements
    @ApiResponse(responseCode = "200", description = "The case's current holder and state; never cached")
    @Operation(
            operationId = "checkReferralStatus",
            summary = "Which institution handles my case now, and its state (anonymous)",
            description = "Nothing personal is returned. A wrong reference and a wrong code give the same 404; a"
                    + " reference locks for the day after 10 failures; requests are rate-limited per client.")
    @ApiResponse(
            responseCode = "429",
            description = "Too many requests from this client; see Retry-After",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    ResponseEntity<StatusResponse> status(
            @Parameter(description = "the public reference given to the citizen") @RequestParam(defaultValue = "")
                    String reference,
            @Parameter(description = "the access code given to the citizen") @RequestParam(defaultValue = "")
                    String code) {
        PublicReferralStatus status = checkReferralStatus.check(reference, code);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(StatusResponse.of(status));
    }
}

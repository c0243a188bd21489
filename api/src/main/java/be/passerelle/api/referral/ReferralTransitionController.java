package be.passerelle.api.referral;

import be.passerelle.api.web.ETags;
import be.passerelle.core.referral.ChangeReferralState;
import be.passerelle.core.referral.CloseOutcome;
import be.passerelle.core.referral.Consent;
import be.passerelle.core.referral.DeclineReason;
import be.passerelle.core.referral.ForwardReferral;
import be.passerelle.core.referral.Referral;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.TenantSlug;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/referrals/{id}/…}: the moves of a referral between its two institutions (SPEC
 * §4.3), each conditional on the {@code If-Match} version.
 */
@RestController
@RequestMapping("/api/v1/referrals/{id}")
@Tag(name = "Referrals")
class ReferralTransitionController {
    private final ChangeReferralState changeState;
    private final ForwardReferral forwardReferral;
    private final Clock clock;

    ReferralTransitionController(ChangeReferralState changeState, ForwardReferral forwardReferral, Clock clock) {
        this.changeState = changeState;
        this.forwardReferral = forwardReferral;
        this.clock = clock;
    }

    @PostMapping("/acknowledge")
    @Operation(
            operationId = "acknowledgeReferral",
            summary = "The receiver acknowledges receipt",
            description = "By the receiver, from SENT. If-Match with the ETag last read makes the change "
                    + "conditional (412 when stale); a state that does not allow it is a 409 problem.")
    @TransitionResponses
    ResponseEntity<ReferralResponse> acknowledge(
            CallContext context,
            @Parameter(description = "the referral's id") @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return apply(context, id, new ChangeReferralState.Acknowledge(), ifMatch);
    }

    @PostMapping("/accept")
    @Operation(
            operationId = "acceptReferral",
            summary = "The receiver takes the case (from SENT or ACKNOWLEDGED)",
            description = "By the receiver, from SENT or ACKNOWLEDGED; accepting from SENT records the "
                    + "acknowledgement too. If-Match with the ETag last read makes the change conditional "
                    + "(412 when stale); a state that does not allow it is a 409 problem.")
    @TransitionResponses
    ResponseEntity<ReferralResponse> accept(
            CallContext context,
            @Parameter(description = "the referral's id") @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return apply(context, id, new ChangeReferralState.Accept(), ifMatch);
    }

    @PostMapping("/decline")
    @Operation(
            operationId = "declineReferral",
            summary = "The receiver declines, with its reason and possibly a better institution",
            description = "By the receiver, from SENT or ACKNOWLEDGED, with a reason for the sender, a reason code"
                    + " (OTHER when absent) and possibly the slug of a better institution. If-Match with the ETag last read makes the change "
                    + "conditional (412 when stale); a state that does not allow it is a 409 problem.")
    @TransitionResponses
    ResponseEntity<ReferralResponse> decline(
            CallContext context,
            @Parameter(description = "the referral's id") @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody TransitionRequests.DeclineRequest body) {
        var command = new ChangeReferralState.Decline(
                body.reason(),
                Optional.ofNullable(body.suggestedReceiver()).map(TenantSlug::new),
                Optional.ofNullable(body.reasonCode())
                        .map(DeclineReason::valueOf)
                        .orElse(DeclineReason.OTHER));
        return apply(context, id, command, ifMatch);
    }

    @PostMapping("/forward")
    @Operation(
            operationId = "forwardReferral",
            summary = "The receiver passes the case on to a third institution",
            description = "Creates a chained referral with the forwarder as its sender and every create rule applied"
                    + " (422 otherwise). Citizen data and summary travel only with the citizen's consent to this"
                    + " transfer. This referral ends FORWARDED; its parties see forward.receiver and forward.state.")
    @TransitionResponses
    @ApiResponse(
            responseCode = "422",
            description = "The new receiver is unknown, the forwarder itself, suspended or not accepting referrals",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    ResponseEntity<ReferralResponse> forward(
            CallContext context,
            @Parameter(description = "the referral's id") @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody TransitionRequests.ForwardRequest body) {
        Referral forwarded = forwardReferral.forward(
                context,
                id,
                new TenantSlug(body.receiver()),
                Optional.ofNullable(body.note()),
                Optional.ofNullable(body.consent())
                        .map(c -> new Consent(
                                c.given(),
                                c.obtainedAt(),
                                c.channel().strip(),
                                c.textVersion().strip())),
                ETags.required(ifMatch));
        return ReferralResponseEntities.current(forwarded, clock.instant());
    }

    @PostMapping("/close")
    @Operation(
            operationId = "closeReferral",
            summary = "The receiver closes an accepted referral with its outcome",
            description = "By the receiver, from ACCEPTED, with the outcome of the case. If-Match with the ETag "
                    + "last read makes the change conditional (412 when stale); a state that does not allow "
                    + "it is a 409 problem.")
    @TransitionResponses
    ResponseEntity<ReferralResponse> close(
            CallContext context,
            @Parameter(description = "the referral's id") @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody TransitionRequests.CloseRequest body) {
        return apply(context, id, new ChangeReferralState.Close(CloseOutcome.valueOf(body.outcome())), ifMatch);
    }

    @PostMapping("/withdraw")
    @Operation(
            operationId = "withdrawReferral",
            summary = "The sender withdraws it",
            description = "Before acceptance; after acceptance only while the receiver is suspended.")
    @TransitionResponses
    ResponseEntity<ReferralResponse> withdraw(
            CallContext context,
            @Parameter(description = "the referral's id") @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody TransitionRequests.WithdrawRequest body) {
        return apply(context, id, new ChangeReferralState.Withdraw(body.reason()), ifMatch);
    }

    private ResponseEntity<ReferralResponse> apply(
            CallContext context, UUID id, ChangeReferralState.Command command, String ifMatch) {
        Referral changed = changeState.apply(context, id, command, ETags.required(ifMatch));
        return ReferralResponseEntities.current(changed, clock.instant());
    }
}

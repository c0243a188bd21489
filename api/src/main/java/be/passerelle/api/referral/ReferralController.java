package be.passerelle.api.referral;

import be.passerelle.api.web.Cursors;
import be.passerelle.api.web.PageLinks;
import be.passerelle.api.web.PageResponse;
import be.passerelle.core.idempotency.IdempotentRequests;
import be.passerelle.core.referral.ErasePersonalData;
import be.passerelle.core.referral.ReadReferrals;
import be.passerelle.core.referral.ReferralQuery;
import be.passerelle.core.referral.ReferralState;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/referrals}: case referrals between two institutions (SPEC §4.3): creating, listing,
 * reading and erasing them; their moves are in {@link ReferralTransitionController}, their thread
 * in {@link ReferralThreadController}.
 */
@RestController
@RequestMapping("/api/v1/referrals")
@Tag(name = "Referrals")
class ReferralController {
    private static final String PROBLEM = "application/problem+json";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    private final ReferralCreation creation;
    private final ReadReferrals readReferrals;
    private final ErasePersonalData erasePersonalData;
    private final Clock clock;

    ReferralController(
            ReferralCreation creation, ReadReferrals readReferrals, ErasePersonalData erasePersonalData, Clock clock) {
        this.creation = creation;
        this.readReferrals = readReferrals;
        this.erasePersonalData = erasePersonalData;
        this.clock = clock;
    }

    @PostMapping
    @Operation(
            operationId = "createReferral",
            summary = "Refer a case to another institution",
            description = "By the sender's caseworkers, admins or integrations. The response carries the citizen's"
                    + " access code, once. With Idempotency-Key, a retry with the same body returns the first"
                    + " response; another body is a 422; a retry while the first is in progress is a 409 with"
                    + " Retry-After.")
    @ApiResponse(responseCode = "201", description = "Created; the body holds the access code")
    @ApiResponse(
            responseCode = "409",
            description = "The same Idempotency-Key is still in progress",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(
            responseCode = "422",
            description = "A business rule refuses it: consent missing or not given, receiver unknown, itself,"
                    + " suspended or not accepting referrals; or an Idempotency-Key reused with another body."
                    + " When the rule concerns one field, errors[] names it (consent, consent.given)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    ResponseEntity<ReferralResponse> create(
            CallContext context,
            @Parameter(
                            description = "makes retries safe: 1 to 255 visible ASCII characters, kept 24 hours",
                            schema =
                                    @Schema(
                                            type = "string",
                                            minLength = 1,
                                            maxLength = 255,
                                            pattern = "^" + IdempotentRequests.KEY_PATTERN + "$"))
                    @RequestHeader(name = "Idempotency-Key", required = false)
                    String idempotencyKey,
            @Valid @RequestBody CreateReferralRequest body) {
        return creation.create(context, idempotencyKey, body);
    }

    @GetMapping
    @Operation(
            operationId = "listReferrals",
            summary = "The sent or received referrals of the caller's institution, newest first",
            description = "q matches the public reference, the external reference and the subject; never citizen"
                    + " data. overdue=true lists the unacknowledged referrals past their deadline. assignee=me"
                    + " lists those assigned to the caller, assignee=none those nobody of the caller's institution"
                    + " is assigned to (the other party's assignments never count).")
    PageResponse<ReferralListItem> list(
            CallContext context,
            @Parameter(description = "sent or received") @RequestParam @Pattern(regexp = "sent|received") String box,
            @Parameter(description = "only this state") @RequestParam(required = false) String state,
            @Parameter(description = "only this sector code") @RequestParam(required = false) @Size(max = 40)
                    String sector,
            @Parameter(description = "only unacknowledged referrals past their deadline")
                    @RequestParam(defaultValue = "false")
                    boolean overdue,
            @Parameter(description = "text in the public reference, external reference or subject")
                    @RequestParam(required = false)
                    @Size(max = 100)
                    String q,
            @Parameter(
                            description = "me: assigned to the caller; none: not assigned in the caller's institution",
                            schema = @Schema(allowableValues = {"me", "none"}))
                    @RequestParam(required = false)
                    @Pattern(regexp = "me|none", message = "must be me or none")
                    String assignee,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
            @RequestParam(required = false) String cursor) {
        ReferralQuery query = new ReferralQuery(
                box.equals("sent") ? ReferralQuery.Box.SENT : ReferralQuery.Box.RECEIVED,
                Optional.ofNullable(state).map(ReferralController::state),
                Optional.ofNullable(sector),
                overdue,
                Optional.ofNullable(q),
                Optional.ofNullable(assignee).map(a -> assigneeFilter(context, a)));
        PageRequest page = new PageRequest(limit, Cursors.decode(cursor));
        var now = clock.instant();
        return PageLinks.of(readReferrals.list(context, query, page), r -> ReferralListItem.of(r, now));
    }

    @GetMapping("/{id}")
    @Operation(
            operationId = "getReferral",
            summary = "One referral, citizen data included, for its two institutions only",
            description = "Only the sender's and the receiver's staff and integrations see it; any other tenant "
                    + "gets 404, never 403, so that existence does not leak. The ETag is the referral's "
                    + "version, for If-Match on the state changes. citizen and consent are null when the "
                    + "referral carries no citizen data or once it was erased.")
    ResponseEntity<ReferralResponse> get(
            CallContext context, @Parameter(description = "the referral's id") @PathVariable UUID id) {
        return ReferralResponseEntities.current(readReferrals.get(context, id), clock.instant());
    }

    @GetMapping("/{id}/events")
    @Operation(
            operationId = "listReferralEvents",
            summary = "The referral's timeline: every transition, who made it and when",
            description = "Every event of the referral from its creation: the action, the state before and "
                    + "after, who made it and when. For the referral's two institutions only (404 for any "
                    + "other tenant).")
    TimelineResponse events(CallContext context, @Parameter(description = "the referral's id") @PathVariable UUID id) {
        return new TimelineResponse(readReferrals.events(context, id).stream()
                .map(ReferralEventResponse::of)
                .toList());
    }

    @PostMapping("/{id}/erase-personal-data")
    @Operation(
            operationId = "eraseReferralPersonalData",
            summary = "Erase the citizen's personal data from this referral and its forward chain",
            description = "By either institution. The citizen, the summary, reasons, messages and idempotent replays"
                    + " are erased; dates, states, sector, parties, region and language stay for statistics.")
    ResponseEntity<ReferralResponse> erase(
            CallContext context, @Parameter(description = "the referral's id") @PathVariable UUID id) {
        return ReferralResponseEntities.current(erasePersonalData.onRequest(context, id), clock.instant());
    }

    private static ReferralQuery.AssigneeFilter assigneeFilter(CallContext context, String assignee) {
        return assignee.equals("me")
                ? new ReferralQuery.AssigneeFilter.To(context.caller().userId())
                : new ReferralQuery.AssigneeFilter.Nobody();
    }

    private static ReferralState state(String value) {
        try {
            return ReferralState.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(
                    "state must be one of SENT, ACKNOWLEDGED, ACCEPTED, CLOSED, DECLINED, FORWARDED," + " WITHDRAWN");
        }
    }
}

package be.passerelle.api.referral;

import be.passerelle.api.web.Cursors;
import be.passerelle.api.web.PageLinks;
import be.passerelle.api.web.PageResponse;
import be.passerelle.core.referral.ChangeReferralState;
import be.passerelle.core.referral.CloseOutcome;
import be.passerelle.core.referral.Consent;
import be.passerelle.core.referral.CreateReferral;
import be.passerelle.core.referral.CreatedReferral;
import be.passerelle.core.referral.ErasePersonalData;
import be.passerelle.core.referral.ForwardReferral;
import be.passerelle.core.referral.ReadReferrals;
import be.passerelle.core.referral.Referral;
import be.passerelle.core.referral.ReferralQuery;
import be.passerelle.core.referral.ReferralState;
import be.passerelle.core.referral.ReferralThread;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.PageRequest;
import be.passerelle.core.tenant.TenantSlug;
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
import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/referrals}: case referrals between two institutions (SPEC §4.3). */
@RestController
@RequestMapping("/api/v1/referrals")
@Tag(name = "Referrals")
class ReferralController {
    private static final String PROBLEM = "application/problem+json";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    private final CreateReferral createReferral;
    private final IdempotentReferralCreation idempotent;
    private final ReadReferrals readReferrals;
    private final ChangeReferralState changeState;
    private final ReferralThread thread;
    private final ForwardReferral forwardReferral;
    private final ErasePersonalData erasePersonalData;
    private final Clock clock;

    ReferralController(
            CreateReferral createReferral,
            IdempotentReferralCreation idempotent,
            ReadReferrals readReferrals,
            ChangeReferralState changeState,
            ReferralThread thread,
            ForwardReferral forwardReferral,
            ErasePersonalData erasePersonalData,
            Clock clock) {
        this.createReferral = createReferral;
        this.idempotent = idempotent;
        this.readReferrals = readReferrals;
        this.changeState = changeState;
        this.thread = thread;
        this.forwardReferral = forwardReferral;
        this.erasePersonalData = erasePersonalData;
        this.clock = clock;
    }

    @PostMapping
    @Operation(
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
                    + " suspended or not accepting referrals; or an Idempotency-Key reused with another body",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    ResponseEntity<ReferralResponse> create(
            CallContext context,
            @Parameter(description = "makes retries safe: 1 to 255 printable characters, kept 24 hours")
                    @RequestHeader(name = "Idempotency-Key", required = false)
                    String idempotencyKey,
            @Valid @RequestBody CreateReferralBody body) {
        if (idempotencyKey != null) {
            return idempotent.create(context, idempotencyKey, body);
        }
        CreatedReferral created = createReferral.create(context, body.toRequest());
        return created(
                HttpStatus.CREATED.value(), IdempotentReferralCreation.response(created, clock.instant()), false);
    }

    /** A created referral, first response or idempotent replay ({@code Idempotent-Replayed: true}). */
    static ResponseEntity<ReferralResponse> created(int status, ReferralResponse response, boolean replayed) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(status)
                .location(URI.create("/api/v1/referrals/" + response.id()))
                .eTag(ETags.of(response.version()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
        if (replayed) {
            builder.header(IdempotentReferralCreation.REPLAYED, "true");
        }
        return builder.body(response);
    }

    @GetMapping
    @Operation(
            summary = "The sent or received referrals of the caller's institution, newest first",
            description = "q matches the public reference, the external reference and the subject; never citizen"
                    + " data. overdue=true lists the unacknowledged referrals past their deadline.")
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
            @Parameter(description = "page size, 1 to 100") @RequestParam(defaultValue = "20") @Min(1) @Max(100)
                    int limit,
            @Parameter(description = "the opaque cursor of a previous page's next link") @RequestParam(required = false)
                    String cursor) {
        ReferralQuery query = new ReferralQuery(
                box.equals("sent") ? ReferralQuery.Box.SENT : ReferralQuery.Box.RECEIVED,
                Optional.ofNullable(state).map(ReferralController::state),
                Optional.ofNullable(sector),
                overdue,
                Optional.ofNullable(q));
        PageRequest page = new PageRequest(limit, Cursors.decode(cursor));
        var now = clock.instant();
        return PageLinks.of(readReferrals.list(context, query, page), r -> ReferralListItem.of(r, now));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One referral, citizen data included, for its two institutions only")
    ResponseEntity<ReferralResponse> get(CallContext context, @PathVariable UUID id) {
        return current(readReferrals.get(context, id));
    }

    @GetMapping("/{id}/events")
    @Operation(summary = "The referral's timeline: every transition, who made it and when")
    Bodies.Timeline events(CallContext context, @PathVariable UUID id) {
        return new Bodies.Timeline(readReferrals.events(context, id).stream()
                .map(ReferralEventResponse::of)
                .toList());
    }

    @PostMapping("/{id}/acknowledge")
    @Operation(summary = "The receiver acknowledges receipt")
    @TransitionResponses
    ResponseEntity<ReferralResponse> acknowledge(
            CallContext context,
            @PathVariable UUID id,
            @Parameter(description = "the ETag last read") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch) {
        return current(changeState.apply(context, id, new ChangeReferralState.Acknowledge(), ETags.required(ifMatch)));
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "The receiver takes the case (from SENT or ACKNOWLEDGED)")
    @TransitionResponses
    ResponseEntity<ReferralResponse> accept(
            CallContext context,
            @PathVariable UUID id,
            @Parameter(description = "the ETag last read") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch) {
        return current(changeState.apply(context, id, new ChangeReferralState.Accept(), ETags.required(ifMatch)));
    }

    @PostMapping("/{id}/decline")
    @Operation(summary = "The receiver declines, with its reason and possibly a better institution")
    @TransitionResponses
    ResponseEntity<ReferralResponse> decline(
            CallContext context,
            @PathVariable UUID id,
            @Parameter(description = "the ETag last read") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch,
            @Valid @RequestBody Bodies.Decline body) {
        var command = new ChangeReferralState.Decline(
                body.reason(), Optional.ofNullable(body.suggestedReceiver()).map(TenantSlug::new));
        return current(changeState.apply(context, id, command, ETags.required(ifMatch)));
    }

    @PostMapping("/{id}/forward")
    @Operation(
            summary = "The receiver passes the case on to a third institution",
            description = "Creates a chained referral with the forwarder as its sender and every create rule applied"
                    + " (422 otherwise). Citizen data and summary travel only with the citizen's consent to this"
                    + " transfer. This referral ends FORWARDED; its parties see forward.receiver and forward.state.")
    @TransitionResponses
    @ApiResponse(
            responseCode = "422",
            description = "The new receiver is unknown, the forwarder itself, suspended or not accepting referrals",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    ResponseEntity<ReferralResponse> forward(
            CallContext context,
            @PathVariable UUID id,
            @Parameter(description = "the ETag last read") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch,
            @Valid @RequestBody Bodies.Forward body) {
        return current(forwardReferral.forward(
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
                ETags.required(ifMatch)));
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "The receiver closes an accepted referral with its outcome")
    @TransitionResponses
    ResponseEntity<ReferralResponse> close(
            CallContext context,
            @PathVariable UUID id,
            @Parameter(description = "the ETag last read") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch,
            @Valid @RequestBody Bodies.Close body) {
        var command = new ChangeReferralState.Close(CloseOutcome.valueOf(body.outcome()));
        return current(changeState.apply(context, id, command, ETags.required(ifMatch)));
    }

    @PostMapping("/{id}/withdraw")
    @Operation(
            summary = "The sender withdraws it",
            description = "Before acceptance; after acceptance only while the receiver is suspended.")
    @TransitionResponses
    ResponseEntity<ReferralResponse> withdraw(
            CallContext context,
            @PathVariable UUID id,
            @Parameter(description = "the ETag last read") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch,
            @Valid @RequestBody Bodies.Withdraw body) {
        var command = new ChangeReferralState.Withdraw(body.reason());
        return current(changeState.apply(context, id, command, ETags.required(ifMatch)));
    }

    @PostMapping("/{id}/erase-personal-data")
    @Operation(
            summary = "Erase the citizen's personal data from this referral and its forward chain",
            description = "By either institution. The citizen, the summary, reasons, messages and idempotent replays"
                    + " are erased; dates, states, sector, parties, region and language stay for statistics.")
    ResponseEntity<ReferralResponse> erase(CallContext context, @PathVariable UUID id) {
        return current(erasePersonalData.onRequest(context, id));
    }

    @GetMapping("/{id}/messages")
    @Operation(summary = "The thread between the two institutions, oldest first")
    PageResponse<MessageResponse> messages(
            CallContext context,
            @PathVariable UUID id,
            @Parameter(description = "page size, 1 to 100") @RequestParam(defaultValue = "50") @Min(1) @Max(100)
                    int limit,
            @Parameter(description = "the opaque cursor of a previous page's next link") @RequestParam(required = false)
                    String cursor) {
        PageRequest page = new PageRequest(limit, Cursors.decode(cursor));
        return PageLinks.of(thread.list(context, id, page), MessageResponse::of);
    }

    @PostMapping("/{id}/messages")
    @Operation(summary = "Post a message to the other institution")
    @ApiResponse(responseCode = "201", description = "Posted")
    ResponseEntity<MessageResponse> post(
            CallContext context, @PathVariable UUID id, @Valid @RequestBody Bodies.NewMessage body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(MessageResponse.of(thread.post(context, id, body.body())));
    }

    private ResponseEntity<ReferralResponse> current(Referral referral) {
        return ResponseEntity.ok()
                .eTag(ETags.of(referral.version()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(ReferralResponse.of(referral, clock.instant()));
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

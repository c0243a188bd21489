package be.passerelle.api.referral;

import be.passerelle.api.web.Cursors;
import be.passerelle.api.web.PageLinks;
import be.passerelle.api.web.PageResponse;
import be.passerelle.core.referral.ReferralThread;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/referrals/{id}/messages}: the thread between a referral's two institutions. */
@RestController
@RequestMapping("/api/v1/referrals/{id}/messages")
@Tag(name = "Referrals")
class ReferralThreadController {
    private final ReferralThread thread;

    ReferralThreadController(ReferralThread thread) {
        this.thread = thread;
    }

    @GetMapping
    @Operation(
            operationId = "listMessages",
            summary = "The thread between the two institutions, oldest first",
            description = "Cursor-paged. For the referral's two institutions only (404 for any other tenant). A "
                    + "message's body is null once the referral's personal data was erased.")
    PageResponse<MessageResponse> messages(
            CallContext context,
            @Parameter(description = "the referral's id") @PathVariable UUID id,
            @RequestParam(defaultValue = "50") @Min(1) @Max(100) int limit,
            @RequestParam(required = false) String cursor) {
        PageRequest page = new PageRequest(limit, Cursors.decode(cursor));
        return PageLinks.of(thread.list(context, id, page), MessageResponse::of);
    }

    @PostMapping
    @Operation(
            operationId = "postMessage",
            summary = "Post a message to the other institution",
            description = "By either institution of the referral (404 for any other tenant). The body is "
                    + "personal data: encrypted at rest, never in events, webhooks or logs, and erased with "
                    + "the referral's personal data.")
    @ApiResponse(responseCode = "201", description = "Posted")
    ResponseEntity<MessageResponse> post(
            CallContext context,
            @Parameter(description = "the referral's id") @PathVariable UUID id,
            @Valid @RequestBody NewMessageRequest body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(MessageResponse.of(thread.post(context, id, body.body())));
    }
}

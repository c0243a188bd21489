package be.passerelle.api.referral;

import be.passerelle.core.referral.AssignReferral;
import be.passerelle.core.shared.CallContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/referrals/{id}/assignment}: who works on a referral inside the caller's own
 * institution. Each party assigns on its own side; the other party never sees it.
 */
@RestController
@RequestMapping("/api/v1/referrals/{id}")
@Tag(name = "Referrals")
class ReferralAssignmentController {
    private final AssignReferral assignReferral;

    ReferralAssignmentController(AssignReferral assignReferral) {
        this.assignReferral = assignReferral;
    }

    @PutMapping("/assignment")
    @Operation(
            operationId = "setReferralAssignment",
            summary = "Assign the referral to a staff member of the caller's institution",
            description = "By either party's caseworkers, admins or integrations (referrals:write), on its own side"
                    + " only: the other institution never sees it. Replaces an earlier assignee (reassignment);"
                    + " assigning to the current assignee changes nothing. The change is on the caller's timeline"
                    + " of the referral and in its audit trail.")
    @ApiResponse(responseCode = "200", description = "The assignment now in force")
    @ApiResponse(
            responseCode = "422",
            description = "The assignee is not an enabled caseworker or admin of the caller's institution"
                    + " (errors[] names assigneeId)",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    AssignmentResponse assign(
            CallContext context,
            @Parameter(description = "the referral's id") @PathVariable UUID id,
            @Valid @RequestBody AssignmentRequests.AssignRequest body) {
        return AssignmentResponse.of(assignReferral.assign(context, id, body.assigneeId()));
    }

    @DeleteMapping("/assignment")
    @Operation(
            operationId = "removeReferralAssignment",
            summary = "Leave the referral unassigned on the caller's side",
            description = "By either party's caseworkers, admins or integrations (referrals:write). Idempotent: a"
                    + " referral that is not assigned stays so. The change is on the caller's timeline of the"
                    + " referral and in its audit trail.")
    @ApiResponse(responseCode = "204", description = "Not assigned (any more)")
    ResponseEntity<Void> unassign(
            CallContext context, @Parameter(description = "the referral's id") @PathVariable UUID id) {
        assignReferral.unassign(context, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/assignable-staff")
    @Operation(
            operationId = "listAssignableStaff",
            summary = "Whom the caller may assign the referral to",
            description = "The enabled caseworkers and admins of the caller's own institution, by name: ids and"
                    + " names only. For the referral's two institutions only (404 for any other tenant).")
    AssignmentRequests.AssignableStaffResponse assignableStaff(
            CallContext context, @Parameter(description = "the referral's id") @PathVariable UUID id) {
        return new AssignmentRequests.AssignableStaffResponse(assignReferral.assignableStaff(context, id).stream()
                .map(AssignmentRequests.AssignableStaffMember::of)
                .toList());
    }
}

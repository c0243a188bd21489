package be.passerelle.api.referral;

import be.passerelle.core.referral.Referral;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/**
 * A referral in a box: non-personal facts only (no citizen data, no summary).
 *
 * @param id the referral's id
 * @param reference its public reference
 * @param state its state
 * @param overdue still unacknowledged after {@code dueAt}
 * @param assignment who works on it inside the caller's own institution (never the other party's)
 */
record ReferralListItem(
        UUID id,
        String reference,
        String state,
        int version,
        String sender,
        String receiver,
        String subject,
        String sector,
        String language,
        @Schema(nullable = true) String externalReference,
        Instant dueAt,
        boolean overdue,
        Instant createdAt,
        Instant updatedAt,
        @Schema(nullable = true) UUID forwardedTo,
        @Schema(nullable = true) AssignmentResponse assignment) {

    static ReferralListItem of(Referral r, Instant now) {
        return new ReferralListItem(
                r.id(),
                r.reference().value(),
                r.state().name(),
                r.version(),
                r.sender().slug().value(),
                r.receiver().slug().value(),
                r.facts().subject(),
                r.facts().sector(),
                r.facts().language().code(),
                r.facts().externalReference().orElse(null),
                r.dueAt(),
                r.isOverdue(now),
                r.createdAt(),
                r.updatedAt(),
                r.forwardedTo().orElse(null),
                r.assignment().map(AssignmentResponse::of).orElse(null));
    }
}

package be.passerelle.api.referral;

import be.passerelle.core.referral.ReferralMessage;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/**
 * A message of a referral's thread.
 *
 * @param tenant the author's institution
 * @param body the text; absent once erased
 */
record MessageResponse(
        UUID id,
        String tenant,
        String authorId,
        String authorName,
        @Schema(nullable = true) String body,
        Instant createdAt) {
    static MessageResponse of(ReferralMessage m) {
        return new MessageResponse(
                m.id(),
                m.authorTenant().slug().value(),
                m.authorId(),
                m.authorName(),
                m.body().orElse(null),
                m.createdAt());
    }
}

package be.passerelle.api.referral;

import be.passerelle.core.referral.ReferralEvent;
import be.passerelle.core.referral.ReferralState;
import be.passerelle.core.shared.TenantSlug;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a referral's timeline.
 *
 * @param action {@code create}, {@code acknowledge}, {@code accept}, {@code decline}, {@code close} or {@code withdraw}
 * @param from the state before (absent for the creation)
 * @param to the state after
 * @param actor who did it: user or service account, and its institution
 * @param note the reason of a decline or withdrawal
 * @param suggestedReceiver the institution a decline suggests instead
 */
record ReferralEventResponse(
        UUID id,
        String action,
        @Schema(nullable = true) String from,
        String to,
        Actor actor,
        @Schema(nullable = true) String note,
        @Schema(nullable = true) String suggestedReceiver,
        Instant occurredAt) {

    /**
     * @param id the user or service account id
     * @param name its user name
     * @param tenant its institution's slug
     */
    @Schema(name = "ReferralEventActor")
    record Actor(String id, String name, String tenant) {}

    static ReferralEventResponse of(ReferralEvent e) {
        return new ReferralEventResponse(
                e.id(),
                e.action(),
                e.from().map(ReferralState::name).orElse(null),
                e.to().name(),
                new Actor(e.actorId(), e.actorName(), e.actorTenant().slug().value()),
                e.note().orElse(null),
                e.suggestedReceiver().map(TenantSlug::value).orElse(null),
                e.occurredAt());
    }
}

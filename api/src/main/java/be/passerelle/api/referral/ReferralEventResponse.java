package be.passerelle.api.referral;

import be.passerelle.core.referral.DeclineReason;
import be.passerelle.core.referral.ReferralEvent;
import be.passerelle.core.referral.ReferralState;
import be.passerelle.core.shared.TenantSlug;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a referral's timeline.
 *
 * @param action {@code create}, {@code acknowledge}, {@code accept}, {@code decline}, {@code forward},
 *     {@code close}, {@code withdraw}; and, seen by the assigning institution only, {@code assign},
 *     {@code reassign} or {@code unassign} (whose from and to are the referral's unchanged state)
 * @param from the state before (absent for the creation)
 * @param to the state after
 * @param actor who did it: user or service account, and its institution
 * @param note the reason of a decline or withdrawal
 * @param suggestedReceiver the institution a decline suggests instead
 * @param reasonCode a decline's reason code: {@code NOT_COMPETENT}, {@code INADMISSIBLE},
 *     {@code ALREADY_HANDLED} or {@code OTHER} (null on other entries and on declines made before codes)
 * @param assignee the new assignee of an assign or reassign entry
 */
record ReferralEventResponse(
        UUID id,
        String action,
        @Schema(nullable = true) String from,
        String to,
        Actor actor,
        @Schema(nullable = true) String note,
        @Schema(nullable = true) String suggestedReceiver,
        Instant occurredAt,

        @Schema(nullable = true) String reasonCode,

        @Schema(nullable = true) Assignee assignee) {

    /**
     * @param id the user or service account id
     * @param name its user name
     * @param tenant its institution's slug
     */
    @Schema(name = "ReferralEventActor")
    record Actor(String id, String name, String tenant) {}

    /**
     * @param id the staff member's user id
     * @param name its name
     */
    @Schema(name = "ReferralEventAssignee")
    record Assignee(String id, String name) {}

    static ReferralEventResponse of(ReferralEvent e) {
        return new ReferralEventResponse(
                e.id(),
                e.action(),
                e.from().map(ReferralState::name).orElse(null),
                e.to().name(),
                new Actor(e.actorId(), e.actorName(), e.actorTenant().slug().value()),
                e.note().orElse(null),
                e.suggestedReceiver().map(TenantSlug::value).orElse(null),
                e.occurredAt(),
                e.reasonCode().map(DeclineReason::name).orElse(null),
                e.assignee().map(a -> new Assignee(a.id(), a.name())).orElse(null));
    }
}

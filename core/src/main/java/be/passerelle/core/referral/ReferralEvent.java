package be.passerelle.core.referral;

import be.passerelle.core.shared.TenantSlug;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One entry of a referral's timeline: a creation or a transition, who made it and when.
 *
 * @param action {@code create}, the transition's verb ({@code accept}, …) or, on the viewer's side
 *     only, {@code assign}, {@code reassign} or {@code unassign}
 * @param note the decline or withdrawal reason (decrypted; may be absent)
 * @param suggestedReceiver the institution a decline suggests instead
 * @param reasonCode a decline's reason code
 * @param assignee the new assignee of an assignment entry
 */
public record ReferralEvent(
        UUID id,
        String action,
        Optional<ReferralState> from,
        ReferralState to,
        String actorId,
        String actorName,
        ReferralParty actorTenant,
        Optional<String> note,
        Optional<TenantSlug> suggestedReceiver,
        Instant occurredAt,
        Optional<DeclineReason> reasonCode,
        Optional<Assignment.Assignee> assignee) {
    public ReferralEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(actorName, "actorName");
        Objects.requireNonNull(actorTenant, "actorTenant");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(suggestedReceiver, "suggestedReceiver");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(reasonCode, "reasonCode");
        Objects.requireNonNull(assignee, "assignee");
    }

    @Override
    public String toString() {
        return "ReferralEvent[id=" + id + ", action=" + action + ", to=" + to + ", actorTenant=" + actorTenant.slug()
                + ", note=" + note.map(n -> "[hidden]").orElse("none") + "]";
    }
}

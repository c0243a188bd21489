package be.passerelle.core.referral;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.TenantSlug;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A timeline entry to append; the store encrypts the note.
 *
 * @param reasonCode a decline's reason code
 */
public record NewReferralEvent(
        UUID id,
        UUID referralId,
        ReferralParties parties,
        String action,
        Optional<ReferralState> from,
        ReferralState to,
        Actor actor,
        TenantId actorTenant,
        Optional<String> note,
        Optional<TenantSlug> suggestedReceiver,
        Instant occurredAt,
        Optional<DeclineReason> reasonCode) {
    public NewReferralEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(parties, "parties");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(actorTenant, "actorTenant");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(suggestedReceiver, "suggestedReceiver");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(reasonCode, "reasonCode");
    }

    @Override
    public String toString() {
        return "NewReferralEvent[id=" + id + ", referralId=" + referralId + ", action=" + action + ", to=" + to
                + ", note=" + note.map(n -> "[hidden]").orElse("none") + "]";
    }
}

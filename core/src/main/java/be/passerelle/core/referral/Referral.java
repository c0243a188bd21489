package be.passerelle.core.referral;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A referral as one of its two institutions sees it. {@link #toString()} prints ids and states only.
 *
 * @param position the referral's place in the boxes, newest highest (the pagination key)
 * @param version increases with every change; the ETag
 * @param facts the case; its personal data decrypted for a single referral only
 * @param forwardedTo the chained referral when this one was forwarded
 * @param forward that chained referral's holder and state (read for a single referral only)
 * @param assignment who works on it inside the viewer's own institution (never the other party's)
 */
public record Referral(
        UUID id,
        long position,
        PublicReference reference,
        ReferralParty sender,
        ReferralParty receiver,
        ReferralProgress progress,
        int version,
        CaseFacts facts,
        Instant dueAt,
        Instant createdAt,
        Instant updatedAt,
        Optional<UUID> forwardedFrom,
        Optional<UUID> forwardedTo,
        Optional<ForwardedReferral> forward,
        Optional<Assignment> assignment) {
    public Referral {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(forwardedFrom, "forwardedFrom");
        Objects.requireNonNull(forwardedTo, "forwardedTo");
        Objects.requireNonNull(forward, "forward");
        Objects.requireNonNull(assignment, "assignment");
    }

    public ReferralState state() {
        return progress.state();
    }

    public ReferralParties parties() {
        return new ReferralParties(sender.id(), receiver.id());
    }

    public boolean isOverdue(Instant now) {
        return new AcknowledgementDeadline(dueAt).isOverdue(state(), now);
    }

    @Override
    public String toString() {
        return "Referral[id=" + id + ", reference=" + reference + ", sender=" + sender.slug() + ", receiver="
                + receiver.slug() + ", state=" + state() + ", version=" + version + ", facts=" + facts + "]";
    }
}

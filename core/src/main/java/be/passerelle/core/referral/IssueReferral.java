package be.passerelle.core.referral;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.outbox.Outbox;
import be.passerelle.core.privacy.SecretDigest;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.shared.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Issues a referral from a sender to a receiver, for a new case ({@link CreateReferral}) as for a
 * forwarded one ({@link ForwardReferral}): it starts {@code SENT} with the receiver's
 * acknowledgement deadline ({@link AcknowledgementDeadline}), a fresh {@link PublicReference}
 * (drawn again on the rare clash) and an {@link AccessCode} kept only as a digest, a {@code create}
 * entry in its timeline, an audit entry and the {@code referral.received} event. Runs inside the
 * sender's unit of work, which the caller opens.
 */
public final class IssueReferral {
    /** Draws of the public reference before giving up; a clash is rare (7 × 10⁸ references a year). */
    static final int REFERENCE_ATTEMPTS = 5;

    private final Referrals referrals;
    private final ReferralTimeline timeline;
    private final SecretDigest digest;
    private final ReferralEvents events;
    private final RandomGenerator random;

    public IssueReferral(
            Referrals referrals,
            ReferralTimeline timeline,
            SecretDigest digest,
            AuditTrail audit,
            Outbox outbox,
            RandomGenerator random) {
        this.referrals = referrals;
        this.timeline = timeline;
        this.digest = digest;
        this.events = new ReferralEvents(audit, outbox);
        this.random = random;
    }

    /** The digest context of a referral's access code, shared with the citizen's status check. */
    public static String accessCodeContext(PublicReference reference) {
        return "referral-access-code:" + reference.value();
    }

    /** A referral just issued: its id, its parties and the citizen's access code (never stored in clear). */
    record Issued(UUID id, ReferralParties parties, AccessCode accessCode) {
        Issued {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(parties, "parties");
            Objects.requireNonNull(accessCode, "accessCode");
        }
    }

    /**
     * @param note for the receiver, in the {@code create} entry of the timeline (personal data)
     * @param forwardedFrom the referral this one continues
     */
    Issued issue(
            CallContext context,
            TenantId sender,
            Tenant receiver,
            CaseFacts facts,
            Optional<String> note,
            Optional<UUID> forwardedFrom,
            Instant now) {
        UUID id = UUID.randomUUID();
        ReferralParties parties = new ReferralParties(sender, receiver.id());
        Instant dueAt = AcknowledgementDeadline.of(
                        now, receiver.acknowledgementWorkingDays(), ReceiverCommunity.of(receiver))
                .dueAt();
        AccessCode code = AccessCode.generate(random);
        boolean stored = false;
        for (int attempt = 0; attempt < REFERENCE_ATTEMPTS && !stored; attempt++) {
            PublicReference reference = PublicReference.generate(now, random);
            stored = referrals.insert(new NewReferral(
                    id,
                    reference,
                    digest.digest(accessCodeContext(reference), code.value()),
                    parties,
                    facts,
                    dueAt,
                    now,
                    forwardedFrom));
        }
        if (!stored) {
            throw new IllegalStateException("no free public reference after " + REFERENCE_ATTEMPTS + " draws");
        }
        timeline.appendEvent(new NewReferralEvent(
                UUID.randomUUID(),
                id,
                parties,
                "create",
                Optional.empty(),
                ReferralState.SENT,
                Actor.of(context.caller()),
                sender,
                note,
                Optional.empty(),
                now,
                Optional.empty()));
        events.record(
                context,
                sender,
                ReferralEvents.RECEIVED,
                "referral.created",
                parties,
                id,
                Optional.of(ReferralState.SENT),
                ReferralEvents.link(id),
                now);
        return new Issued(id, parties, code);
    }
}

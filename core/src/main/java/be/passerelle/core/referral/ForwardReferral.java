package be.passerelle.core.referral;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.outbox.Outbox;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.Conflict;
import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.StaleVersion;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.core.shared.UnitOfWork;
import be.passerelle.core.tenant.Tenants;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code POST /referrals/{id}/forward} (SPEC §4.3): the receiver passes the case on to a third
 * institution. A chained referral is issued ({@link IssueReferral}) with the forwarder as its
 * sender and every create rule applied to the new receiver; it carries the citizen's data and the
 * summary only with the citizen's fresh consent to this transfer ({@link CaseFacts#forwarded}). The
 * first referral ends {@code FORWARDED} and points to the new one; the citizen keeps the first
 * reference and code (the chained one's is never given out). One unit of work: both referrals,
 * their timelines, audit and events.
 */
public final class ForwardReferral {
    private static final int MAX_NOTE = 2000;

    private final UnitOfWork unitOfWork;
    private final Tenants tenants;
    private final Referrals referrals;
    private final ReferralTimeline timeline;
    private final IssueReferral issue;
    private final ReferralEvents events;
    private final Clock clock;

    public ForwardReferral(
            UnitOfWork unitOfWork,
            Tenants tenants,
            Referrals referrals,
            ReferralTimeline timeline,
            IssueReferral issue,
            AuditTrail audit,
            Outbox outbox,
            Clock clock) {
        this.unitOfWork = unitOfWork;
        this.tenants = tenants;
        this.referrals = referrals;
        this.timeline = timeline;
        this.issue = issue;
        this.events = new ReferralEvents(audit, outbox);
        this.clock = clock;
    }

    /**
     * @param note for the new receiver (personal data: encrypted, in both timelines)
     * @param consent the citizen's consent to this transfer; absent or not given: no citizen data travels
     */
    public Referral forward(
            CallContext context,
            UUID id,
            TenantSlug to,
            Optional<String> note,
            Optional<Consent> consent,
            Optional<Integer> ifMatch) {
        Objects.requireNonNull(to, "to");
        Optional<String> text = note.map(String::strip).filter(s -> !s.isEmpty());
        if (text.map(String::length).orElse(0) > MAX_NOTE) {
            throw new InvalidInput("a note has at most " + MAX_NOTE + " characters");
        }
        TenantId forwarder = ReferralStaff.tenantOf(context.caller());
        return unitOfWork.inTenant(forwarder, () -> {
            Referral original = ReadReferrals.find(referrals, forwarder, id);
            Party party = original.parties().partyOf(forwarder);
            if (ifMatch.isPresent() && ifMatch.get() != original.version()) {
                throw new StaleVersion("the referral has changed since that version; read it again");
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            ReferralProgress forwarded = original.progress().forward(party, now);
            Tenant receiver = ReceiverRules.check(tenants, forwarder, to);
            IssueReferral.Issued chained = issue.issue(
                    context, forwarder, receiver, original.facts().forwarded(consent), text, Optional.of(id), now);
            if (!referrals.update(forwarder, id, original.version(), forwarded, now)) {
                throw new Conflict("the referral was changed by another request; read it again");
            }
            referrals.markForwarded(forwarder, id, chained.id());
            timeline.appendEvent(new NewReferralEvent(
                    UUID.randomUUID(),
                    id,
                    original.parties(),
                    ReferralAction.FORWARD.verb(),
                    Optional.of(original.state()),
                    ReferralState.FORWARDED,
                    Actor.of(context.caller()),
                    forwarder,
                    text,
                    Optional.of(receiver.slug()),
                    now,
                    Optional.empty()));
            events.record(
                    context,
                    forwarder,
                    ReferralEvents.STATE_CHANGED,
                    "referral.forward",
                    original.parties(),
                    id,
                    Optional.of(ReferralState.FORWARDED),
                    ReferralEvents.link(id),
                    now);
            return referrals.find(forwarder, id).orElseThrow();
        });
    }
}

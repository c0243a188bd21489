package be.passerelle.core.referral;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.outbox.Outbox;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.Page;
import be.passerelle.core.shared.PageRequest;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * The message thread of a referral, between its two institutions only (SPEC §4.3). Bodies are
 * personal data: encrypted at rest, never in events or the audit trail.
 */
public final class ReferralThread {
    public static final int MAX_BODY = 10_000;

    private final UnitOfWork unitOfWork;
    private final Referrals referrals;
    private final ReferralTimeline timeline;
    private final ReferralEvents events;
    private final Clock clock;

    public ReferralThread(
            UnitOfWork unitOfWork,
            Referrals referrals,
            ReferralTimeline timeline,
            AuditTrail audit,
            Outbox outbox,
            Clock clock) {
        this.unitOfWork = unitOfWork;
        this.referrals = referrals;
        this.timeline = timeline;
        this.events = new ReferralEvents(audit, outbox);
        this.clock = clock;
    }

    public ReferralMessage post(CallContext context, UUID referralId, String body) {
        if (body == null || body.isBlank() || body.length() > MAX_BODY) {
            throw new InvalidInput("a message has 1 to " + MAX_BODY + " characters");
        }
        TenantId tenant = ReferralStaff.tenantOf(context.caller());
        return unitOfWork.inTenant(tenant, () -> {
            Referral referral = ReadReferrals.find(referrals, tenant, referralId);
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            UUID id = UUID.randomUUID();
            timeline.addMessage(new NewReferralMessage(
                    id, referralId, referral.parties(), tenant, Actor.of(context.caller()), body.strip(), now));
            events.record(
                    context,
                    tenant,
                    ReferralEvents.MESSAGE_POSTED,
                    "referral.message_posted",
                    referral.parties(),
                    referralId,
                    Optional.of(referral.state()),
                    ReferralEvents.link(referralId) + "/messages",
                    now);
            Party author = referral.parties().partyOf(tenant);
            ReferralParty authorTenant = author == Party.SENDER ? referral.sender() : referral.receiver();
            Actor actor = Actor.of(context.caller());
            return new ReferralMessage(id, 0, authorTenant, actor.id(), actor.name(), Optional.of(body.strip()), now);
        });
    }

    public Page<ReferralMessage> list(CallContext context, UUID referralId, PageRequest page) {
        TenantId tenant = ReferralStaff.tenantOf(context.caller());
        return unitOfWork.inTenant(tenant, () -> {
            ReadReferrals.find(referrals, tenant, referralId);
            return timeline.messages(tenant, referralId, page);
        });
    }
}

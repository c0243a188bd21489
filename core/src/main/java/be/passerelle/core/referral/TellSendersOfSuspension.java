package be.passerelle.core.referral;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.outbox.Outbox;
import be.passerelle.core.outbox.OutboxEvent;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.Page;
import be.passerelle.core.shared.PageRequest;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.shared.TenantStatus;
import be.passerelle.core.tenant.TenantStatusListener;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * When a receiver is suspended, the senders of its open referrals are told (SPEC §4.1): a timeline
 * entry on each open referral and a thin {@code referral.receiver_suspended} event for the sender.
 * They may then withdraw (even after acceptance) or send the case elsewhere.
 */
public final class TellSendersOfSuspension implements TenantStatusListener {
    static final String RECEIVER_SUSPENDED = "referral.receiver_suspended";
    private static final List<ReferralState> OPEN =
            List.of(ReferralState.SENT, ReferralState.ACKNOWLEDGED, ReferralState.ACCEPTED);

    private final Referrals referrals;
    private final ReferralTimeline timeline;
    private final Outbox outbox;
    private final Clock clock;

    public TellSendersOfSuspension(Referrals referrals, ReferralTimeline timeline, Outbox outbox, Clock clock) {
        this.referrals = referrals;
        this.timeline = timeline;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void statusChanged(CallContext context, Tenant tenant, TenantStatus status) {
        if (status != TenantStatus.SUSPENDED) {
            return;
        }
        Instant now = clock.instant();
        for (ReferralState state : OPEN) {
            ReferralQuery query = new ReferralQuery(
                    ReferralQuery.Box.RECEIVED, Optional.of(state), Optional.empty(), false, Optional.empty());
            Page<Referral> page = referrals.list(tenant.id(), query, now, PageRequest.first(PageRequest.MAX_LIMIT));
            while (true) {
                page.items().forEach(referral -> tell(context, referral, state, now));
                if (page.next().isEmpty()) {
                    break;
                }
                page = referrals.list(tenant.id(), query, now, new PageRequest(PageRequest.MAX_LIMIT, page.next()));
            }
        }
    }

    private void tell(CallContext context, Referral referral, ReferralState state, Instant now) {
        timeline.appendEvent(new NewReferralEvent(
                UUID.randomUUID(),
                referral.id(),
                referral.parties(),
                "receiver-suspended",
                Optional.of(state),
                state,
                Actor.of(context.caller()),
                referral.receiver().id(),
                Optional.empty(),
                Optional.empty(),
                now,
                Optional.empty()));
        outbox.record(new OutboxEvent(
                UUID.randomUUID(),
                RECEIVER_SUSPENDED,
                now,
                Optional.of(referral.receiver().id()),
                Set.of(referral.sender().id()),
                "referral",
                referral.id().toString(),
                Optional.of(state.name()),
                ReferralEvents.link(referral.id())));
    }
}

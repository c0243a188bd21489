package be.passerelle.core.referral;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.audit.AuditEntry;
import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.outbox.Outbox;
import be.passerelle.core.outbox.OutboxEvent;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.TenantId;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The audit entry and the thin outbox event that go with every referral change, in the same unit
 * of work (SPEC §4.5): ids, state and link only, never citizen data.
 */
final class ReferralEvents {
    static final String RECEIVED = "referral.received";
    static final String STATE_CHANGED = "referral.state_changed";
    static final String MESSAGE_POSTED = "referral.message_posted";

    private final AuditTrail audit;
    private final Outbox outbox;

    ReferralEvents(AuditTrail audit, Outbox outbox) {
        this.audit = audit;
        this.outbox = outbox;
    }

    static String link(UUID referral) {
        return "/api/v1/referrals/" + referral;
    }

    void record(
            CallContext context,
            TenantId actingTenant,
            String type,
            String auditAction,
            ReferralParties parties,
            UUID referral,
            Optional<ReferralState> state,
            String link,
            Instant at) {
        audit.append(new AuditEntry(
                Optional.of(actingTenant),
                Actor.of(context.caller()),
                auditAction,
                "referral",
                referral.toString(),
                context.requestId(),
                at));
        outbox.record(new OutboxEvent(
                UUID.randomUUID(),
                type,
                at,
                Optional.of(actingTenant),
                Set.of(parties.sender(), parties.receiver()),
                "referral",
                referral.toString(),
                state.map(ReferralState::name),
                link));
    }
}

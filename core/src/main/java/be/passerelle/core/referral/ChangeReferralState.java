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
import be.passerelle.core.shared.TenantStatus;
import be.passerelle.core.shared.UnitOfWork;
import be.passerelle.core.tenant.Tenants;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The lifecycle transitions of SPEC §4.3: acknowledge, accept, decline, close (receiver) and
 * withdraw (sender).
 *
 * <p>Order of the checks: not a party → 404; {@code If-Match} on another version → 412; an action
 * of the other party → 403 ({@link WrongParty}); illegal from the current state → 409 ({@link
 * IllegalTransition}). The write is an optimistic {@code UPDATE … WHERE version = ?}: of concurrent
 * transitions exactly one wins, the others get 409 ({@link Conflict}) and nothing is lost.
 */
public final class ChangeReferralState {
    private static final int MAX_NOTE = 2000;

    private final UnitOfWork unitOfWork;
    private final Tenants tenants;
    private final Referrals referrals;
    private final ReferralTimeline timeline;
    private final ReferralEvents events;
    private final Clock clock;

    public ChangeReferralState(
            UnitOfWork unitOfWork,
            Tenants tenants,
            Referrals referrals,
            ReferralTimeline timeline,
            AuditTrail audit,
            Outbox outbox,
            Clock clock) {
        this.unitOfWork = unitOfWork;
        this.tenants = tenants;
        this.referrals = referrals;
        this.timeline = timeline;
        this.events = new ReferralEvents(audit, outbox);
        this.clock = clock;
    }

    /** What the caller asks for, with the action's own input. */
    public sealed interface Command {
        ReferralAction action();

        /** The progress after this action, as the state machine allows it. */
        ReferralProgress next(ReferralProgress before, Party by, TenantStatus receiverStatus, Instant at);

        default Optional<String> note() {
            return Optional.empty();
        }

        default Optional<TenantSlug> suggestedReceiver() {
            return Optional.empty();
        }

        default Optional<DeclineReason> reasonCode() {
            return Optional.empty();
        }
    }

    public record Acknowledge() implements Command {
        @Override
        public ReferralAction action() {
            return ReferralAction.ACKNOWLEDGE;
        }

        @Override
        public ReferralProgress next(ReferralProgress before, Party by, TenantStatus receiverStatus, Instant at) {
            return before.acknowledge(by, at);
        }
    }

    public record Accept() implements Command {
        @Override
        public ReferralAction action() {
            return ReferralAction.ACCEPT;
        }

        @Override
        public ReferralProgress next(ReferralProgress before, Party by, TenantStatus receiverStatus, Instant at) {
            return before.accept(by, at);
        }
    }

    /** @param code the reason as a code the sender's mail may name ({@link DeclineReason#OTHER} when not given) */
    public record Decline(String reason, Optional<TenantSlug> suggestedReceiver, DeclineReason code)
            implements Command {
        public Decline {
            reason = requiredNote(reason, "a decline states its reason");
            Objects.requireNonNull(suggestedReceiver, "suggestedReceiver");
            Objects.requireNonNull(code, "code");
        }

        /** A decline without a reason code: {@link DeclineReason#OTHER}. */
        public Decline(String reason, Optional<TenantSlug> suggestedReceiver) {
            this(reason, suggestedReceiver, DeclineReason.OTHER);
        }

        @Override
        public Optional<DeclineReason> reasonCode() {
            return Optional.of(code);
        }

        @Override
        public ReferralAction action() {
            return ReferralAction.DECLINE;
        }

        @Override
        public ReferralProgress next(ReferralProgress before, Party by, TenantStatus receiverStatus, Instant at) {
            return before.decline(by, at);
        }

        @Override
        public Optional<String> note() {
            return Optional.of(reason);
        }

        @Override
        public String toString() {
            return "Decline[reason=[hidden], suggestedReceiver=" + suggestedReceiver.orElse(null) + ", code=" + code
                    + "]";
        }
    }

    public record Close(CloseOutcome outcome) implements Command {
        public Close {
            Objects.requireNonNull(outcome, "outcome");
        }

        @Override
        public ReferralAction action() {
            return ReferralAction.CLOSE;
        }

        @Override
        public ReferralProgress next(ReferralProgress before, Party by, TenantStatus receiverStatus, Instant at) {
            return before.close(by, outcome, at);
        }
    }

    public record Withdraw(String reason) implements Command {
        public Withdraw {
            reason = requiredNote(reason, "a withdrawal states its reason");
        }

        @Override
        public ReferralAction action() {
            return ReferralAction.WITHDRAW;
        }

        @Override
        public ReferralProgress next(ReferralProgress before, Party by, TenantStatus receiverStatus, Instant at) {
            return before.withdraw(by, receiverStatus, at);
        }

        @Override
        public Optional<String> note() {
            return Optional.of(reason);
        }

        @Override
        public String toString() {
            return "Withdraw[reason=[hidden]]";
        }
    }

    public Referral apply(CallContext context, UUID id, Command command, Optional<Integer> ifMatch) {
        TenantId tenant = ReferralStaff.tenantOf(context.caller());
        return unitOfWork.inTenant(tenant, () -> {
            Referral referral = ReadReferrals.find(referrals, tenant, id);
            Party party = referral.parties().partyOf(tenant);
            if (ifMatch.isPresent() && ifMatch.get() != referral.version()) {
                throw new StaleVersion("the referral has changed since that version; read it again");
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            ReferralProgress before = referral.progress();
            TenantStatus receiverStatus = receiverStatus(referral, command);
            ReferralProgress after = command.next(before, party, receiverStatus, now);
            if (!referrals.update(tenant, id, referral.version(), after, now)) {
                throw new Conflict("the referral was changed by another request; read it again");
            }
            timeline.appendEvent(new NewReferralEvent(
                    UUID.randomUUID(),
                    id,
                    referral.parties(),
                    command.action().verb(),
                    Optional.of(before.state()),
                    after.state(),
                    Actor.of(context.caller()),
                    tenant,
                    command.note(),
                    command.suggestedReceiver(),
                    now,
                    command.reasonCode()));
            events.record(
                    context,
                    tenant,
                    ReferralEvents.STATE_CHANGED,
                    "referral." + command.action().verb(),
                    referral.parties(),
                    id,
                    Optional.of(after.state()),
                    ReferralEvents.link(id),
                    now);
            return referrals.find(tenant, id).orElseThrow();
        });
    }

    /** The receiver's status matters only to a withdrawal (allowed after acceptance while it is suspended). */
    private TenantStatus receiverStatus(Referral referral, Command command) {
        if (command.action() != ReferralAction.WITHDRAW) {
            return TenantStatus.ACTIVE;
        }
        return tenants.findBySlug(referral.receiver().slug())
                .map(Tenant::status)
                .orElse(TenantStatus.ACTIVE);
    }

    private static String requiredNote(String note, String message) {
        if (note == null || note.isBlank()) {
            throw new InvalidInput(message);
        }
        if (note.strip().length() > MAX_NOTE) {
            throw new InvalidInput("a reason has at most " + MAX_NOTE + " characters");
        }
        return note.strip();
    }
}

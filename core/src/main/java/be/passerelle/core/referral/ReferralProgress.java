package be.passerelle.core.referral;

import be.passerelle.core.shared.TenantStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one referral stands and when it got there: the facts the timeline, the deadline and the
 * statistics (days to acknowledge, to accept, to close) read. Immutable: each action returns the
 * next value, after {@link ReferralStateMachine} has allowed it.
 *
 * @param acknowledgedAt when the receiver acknowledged it, also set by accepting straight from {@code SENT}
 * @param acceptedAt when the receiver accepted it
 * @param finishedAt when it reached a final state
 * @param outcome the receiver's outcome, present exactly when the state is {@code CLOSED}
 */
public record ReferralProgress(
        ReferralState state,
        Optional<Instant> acknowledgedAt,
        Optional<Instant> acceptedAt,
        Optional<Instant> finishedAt,
        Optional<CloseOutcome> outcome) {

    public ReferralProgress {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(acknowledgedAt, "acknowledgedAt");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(outcome, "outcome");
        boolean mustBeAcknowledged = state == ReferralState.ACKNOWLEDGED || mustBeAccepted(state);
        if (mustBeAcknowledged && acknowledgedAt.isEmpty()) {
            throw new IllegalArgumentException("a referral in state " + state + " has been acknowledged");
        }
        if (state == ReferralState.SENT && acknowledgedAt.isPresent()) {
            throw new IllegalArgumentException("a sent referral is not acknowledged yet");
        }
        if (mustBeAccepted(state) != acceptedAt.isPresent() && state != ReferralState.WITHDRAWN) {
            throw new IllegalArgumentException("acceptance does not match state " + state);
        }
        if (acceptedAt.isPresent() && acknowledgedAt.isEmpty()) {
            throw new IllegalArgumentException("an accepted referral has been acknowledged");
        }
        if (state.isFinal() != finishedAt.isPresent()) {
            throw new IllegalArgumentException("the end time does not match state " + state);
        }
        if ((state == ReferralState.CLOSED) != outcome.isPresent()) {
            throw new IllegalArgumentException("an outcome goes with the state CLOSED only");
        }
    }

    /** A referral just created. */
    public static ReferralProgress sent() {
        return new ReferralProgress(
                ReferralState.SENT, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public ReferralProgress acknowledge(Party by, Instant at) {
        return apply(ReferralAction.ACKNOWLEDGE, by, TenantStatus.ACTIVE, at, Optional.empty());
    }

    /** Accepts it; from {@code SENT} this records the acknowledgement at the same instant. */
    public ReferralProgress accept(Party by, Instant at) {
        return apply(ReferralAction.ACCEPT, by, TenantStatus.ACTIVE, at, Optional.empty());
    }

    public ReferralProgress decline(Party by, Instant at) {
        return apply(ReferralAction.DECLINE, by, TenantStatus.ACTIVE, at, Optional.empty());
    }

    /** Ends this referral as {@code FORWARDED}; the chained referral is a new one. */
    public ReferralProgress forward(Party by, Instant at) {
        return apply(ReferralAction.FORWARD, by, TenantStatus.ACTIVE, at, Optional.empty());
    }

    public ReferralProgress close(Party by, CloseOutcome outcome, Instant at) {
        Objects.requireNonNull(outcome, "outcome");
        return apply(ReferralAction.CLOSE, by, TenantStatus.ACTIVE, at, Optional.of(outcome));
    }

    /** Withdraws it; after acceptance only while the receiver tenant is suspended. */
    public ReferralProgress withdraw(Party by, TenantStatus receiverStatus, Instant at) {
        return apply(ReferralAction.WITHDRAW, by, receiverStatus, at, Optional.empty());
    }

    private ReferralProgress apply(
            ReferralAction action,
            Party by,
            TenantStatus receiverStatus,
            Instant at,
            Optional<CloseOutcome> closeOutcome) {
        Objects.requireNonNull(at, "at");
        Transition move = ReferralStateMachine.transition(state, action, by, receiverStatus);
        Optional<Instant> now = Optional.of(at);
        return new ReferralProgress(
                move.to(),
                move.acknowledges() ? now : acknowledgedAt,
                move.to() == ReferralState.ACCEPTED ? now : acceptedAt,
                move.to().isFinal() ? now : finishedAt,
                closeOutcome);
    }

    private static boolean mustBeAccepted(ReferralState state) {
        return state == ReferralState.ACCEPTED || state == ReferralState.CLOSED;
    }
}

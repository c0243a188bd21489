package be.passerelle.core.referral;

import java.util.Objects;

/** One legal move of the {@link ReferralStateMachine}: {@code action} takes a referral {@code from → to}. */
public record Transition(ReferralState from, ReferralAction action, ReferralState to) {
    public Transition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(to, "to");
    }

    /**
     * True when this move records the receiver's acknowledgement: acknowledging, and accepting
     * straight from {@code SENT} (accepting implies having received it).
     */
    public boolean acknowledges() {
        return from == ReferralState.SENT && (action == ReferralAction.ACKNOWLEDGE || action == ReferralAction.ACCEPT);
    }
}

package be.passerelle.core.referral;

import be.passerelle.core.shared.Conflict;
import java.util.Objects;

/**
 * The action is not legal in the referral's current state, e.g. accepting a closed referral.
 * The message names the state and the action, nothing else.
 */
public final class IllegalTransition extends Conflict {
    private final ReferralState current;
    private final ReferralAction action;

    public IllegalTransition(ReferralState current, ReferralAction action) {
        super("cannot " + Objects.requireNonNull(action, "action").verb() + " a referral in state "
                + Objects.requireNonNull(current, "current"));
        this.current = current;
        this.action = action;
    }

    public ReferralState current() {
        return current;
    }

    public ReferralAction action() {
        return action;
    }
}

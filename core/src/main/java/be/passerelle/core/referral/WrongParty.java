package be.passerelle.core.referral;

import be.passerelle.core.shared.AccessDenied;
import java.util.Locale;
import java.util.Objects;

/**
 * A party of the referral tried an action reserved to the other party, e.g. the sender accepting
 * (the caller may see the referral, so hiding it as not found would protect nothing).
 * A tenant that is no party at all gets {@link be.passerelle.core.shared.NotFound} instead, see
 * {@link ReferralParties#partyOf}.
 */
public final class WrongParty extends AccessDenied {
    private final ReferralAction action;
    private final Party actual;

    public WrongParty(ReferralAction action, Party actual) {
        super(message(action));
        this.action = action;
        this.actual = Objects.requireNonNull(actual, "actual");
    }

    private static String message(ReferralAction action) {
        String allowed =
                Objects.requireNonNull(action, "action").performer().name().toLowerCase(Locale.ROOT);
        return "only the " + allowed + " may " + action.verb() + " a referral";
    }

    public ReferralAction action() {
        return action;
    }

    /** The party that tried. */
    public Party actual() {
        return actual;
    }
}

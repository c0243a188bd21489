package be.passerelle.core.referral;

import be.passerelle.core.shared.DomainException;
import java.util.Locale;
import java.util.Objects;

/**
 * A party of the referral tried an action reserved to the other party, e.g. the sender accepting
 * (HTTP 403: the caller may see the referral, so hiding it behind a 404 would protect nothing).
 * A tenant that is no party at all gets {@link be.passerelle.core.shared.NotFound} instead, see
 * {@link ReferralParties#partyOf}.
 */
public final class WrongParty extends DomainException {
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

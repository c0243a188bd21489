package be.passerelle.core.referral;

import java.util.Locale;

/** What an institution can do to a referral, and which party may do it (SPEC §4.3). */
public enum ReferralAction {
    ACKNOWLEDGE(Party.RECEIVER),
    ACCEPT(Party.RECEIVER),
    DECLINE(Party.RECEIVER),
    FORWARD(Party.RECEIVER),
    CLOSE(Party.RECEIVER),
    WITHDRAW(Party.SENDER);

    private final Party performer;

    ReferralAction(Party performer) {
        this.performer = performer;
    }

    /** The only party allowed to perform this action. */
    public Party performer() {
        return performer;
    }

    /** The action's name in messages and events, e.g. {@code accept}. */
    public String verb() {
        return name().toLowerCase(Locale.ROOT);
    }
}

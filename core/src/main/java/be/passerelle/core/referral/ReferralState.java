package be.passerelle.core.referral;

/**
 * Where a referral stands (SPEC §4.3). {@code SENT → ACKNOWLEDGED → ACCEPTED → CLOSED}, with the
 * early exits {@code DECLINED}, {@code FORWARDED} and {@code WITHDRAWN}. The legal moves are in
 * {@link ReferralStateMachine}.
 */
public enum ReferralState {
    SENT,
    ACKNOWLEDGED,
    ACCEPTED,
    CLOSED,
    DECLINED,
    FORWARDED,
    WITHDRAWN;

    /** True for the states no action leaves: {@code CLOSED}, {@code DECLINED}, {@code FORWARDED}, {@code WITHDRAWN}. */
    public boolean isFinal() {
        return switch (this) {
            case SENT, ACKNOWLEDGED, ACCEPTED -> false;
            case CLOSED, DECLINED, FORWARDED, WITHDRAWN -> true;
        };
    }
}

package be.passerelle.core.statistics;

import be.passerelle.core.shared.SystemOperation;
import be.passerelle.core.shared.UnitOfWork;
import java.time.Clock;
import java.time.Duration;

/**
 * Brings the referral-flow rollups up to date, outside the referrals' write transactions (which
 * would otherwise all update the same hot rollup rows). Run every few seconds on one node at a time.
 *
 * <p>Changes are found by {@code updated_at} past the watermark; because a writer's {@code updated_at}
 * comes from its own clock and its transaction commits a little later, each run looks back
 * {@link #OVERLAP} before the watermark. Re-reading those referrals is harmless: their facts have not
 * changed, so they contribute nothing. A change that still slipped through (a write transaction that
 * committed more than the overlap after its own {@code updated_at}) is caught by {@link #reconcile()},
 * which compares every referral once a day; it normally finds nothing.
 */
public final class RefreshReferralFlows {
    /** Write transactions are short (seconds) and node clocks close; two minutes covers both. */
    public static final Duration OVERLAP = Duration.ofMinutes(2);

    /** A look-back that covers every referral (the network's history is far shorter). */
    static final Duration EVERYTHING = Duration.ofDays(365L * 200);

    private final UnitOfWork unitOfWork;
    private final ReferralFlowRollups rollups;
    private final Clock clock;

    public RefreshReferralFlows(UnitOfWork unitOfWork, ReferralFlowRollups rollups, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.rollups = rollups;
        this.clock = clock;
    }

    /** @return the number of referrals whose contribution changed */
    public int run() {
        return unitOfWork.inSystem(
                SystemOperation.REFERRAL_FLOW_REFRESH, () -> rollups.refresh(clock.instant(), OVERLAP));
    }

    /**
     * Compares every referral with the facts folded in (a full scan, for a quiet hour).
     *
     * @return the number of referrals whose contribution had drifted
     */
    public int reconcile() {
        return unitOfWork.inSystem(
                SystemOperation.REFERRAL_FLOW_REFRESH, () -> rollups.refresh(clock.instant(), EVERYTHING));
    }
}

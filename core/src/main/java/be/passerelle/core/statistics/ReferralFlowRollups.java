package be.passerelle.core.statistics;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The pre-aggregated referral flows: non-personal rollups kept up to date from the referrals by an
 * incremental refresher, so that a public read never scans the referral table.
 */
public interface ReferralFlowRollups {

    /**
     * Folds every referral changed since the watermark (minus {@code overlap}) into the rollups: for a
     * referral whose facts changed, its old contribution is subtracted and the new one added. Idempotent:
     * a referral whose facts did not change contributes nothing. Serialised against concurrent refreshes.
     * Needs a system unit of work.
     *
     * @return the number of referrals whose contribution changed
     */
    int refresh(Instant now, Duration overlap);

    /** The exact counts of {@code year}; needs a shared (or system) unit of work. */
    ReferralFlowCounts counts(int year);

    /** When the rollups were last refreshed; empty before the first refresh. */
    Optional<Instant> asOf();
}

package be.passerelle.core.statistics;

import java.time.Instant;
import java.util.List;

/**
 * The published referral-flow tables of one year (SPEC §4.4): a fixed set, every count from 1 to 4
 * and every figure derived from fewer than five referrals suppressed. See {@link PublishReferralFlows}
 * for why no suppressed cell can be recomputed from them.
 *
 * @param year the year of creation (Europe/Brussels)
 * @param asOf the time up to which referral changes are included
 * @param referrals referrals created in the year, network-wide
 * @param months network-wide monthly detail, January to December
 * @param receivers per receiving institution, yearly
 * @param flows sender → receiver, yearly
 */
public record ReferralFlowTables(
        int year,
        Instant asOf,
        PublishedCount referrals,
        List<Month> months,
        List<Receiver> receivers,
        List<Flow> flows) {

    public ReferralFlowTables {
        months = List.copyOf(months);
        receivers = List.copyOf(receivers);
        flows = List.copyOf(flows);
    }

    /**
     * One month, network-wide.
     *
     * @param month 1 to 12
     * @param referrals referrals created in the month
     */
    public record Month(
            int month, PublishedCount referrals, Breakdown bySector, Breakdown byLanguage, Breakdown byRegion) {}

    /**
     * One breakdown of a published total: its non-zero cells (a category not listed is zero), or, when
     * {@code suppressed}, nothing at all (the total it breaks down is suppressed).
     */
    public record Breakdown(boolean suppressed, List<Cell> cells) {
        public static final Breakdown HIDDEN = new Breakdown(true, List.of());

        public Breakdown {
            cells = List.copyOf(cells);
            if (suppressed && !cells.isEmpty()) {
                throw new IllegalArgumentException("a suppressed breakdown lists no cells");
            }
        }
    }

    /** One category of a breakdown and its count. */
    public record Cell(String category, PublishedCount referrals) {}

    /**
     * One receiving institution's year.
     *
     * @param receiver the institution's slug
     * @param received referrals it received (created in the year)
     * @param byState those referrals by their current state (every state listed when not suppressed)
     * @param acceptanceRate (ACCEPTED + CLOSED) / received, from published cells only
     */
    public record Receiver(
            String receiver,
            PublishedCount received,
            Breakdown byState,
            PublishedFigure acceptanceRate,
            PublishedFigure medianDaysToAcknowledge,
            PublishedFigure medianDaysToAccept,
            PublishedFigure medianDaysToClose) {}

    /** Referrals from one institution to another in the year. */
    public record Flow(String sender, String receiver, PublishedCount referrals) {}
}

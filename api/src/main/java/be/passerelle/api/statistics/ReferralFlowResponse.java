package be.passerelle.api.statistics;

import be.passerelle.core.statistics.PublishedCount;
import be.passerelle.core.statistics.PublishedFigure;
import be.passerelle.core.statistics.ReferralFlowTables;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * The public referral-flow tables of a year. Every count from 1 to 4, and every rate or median derived
 * from fewer than five referrals, is {@code null} with {@code suppressed: true}.
 *
 * @param year the year of creation (Europe/Brussels)
 * @param asOf referral changes up to this time are included (refreshed every few seconds)
 * @param referrals referrals created in the year, network-wide
 * @param months network-wide monthly detail, January to December
 * @param receivers per receiving institution
 * @param flows sender → receiver; a receiver whose total is suppressed has no flows listed
 */
record ReferralFlowResponse(
        int year,
        Instant asOf,
        Count referrals,
        List<MonthRow> months,
        List<ReceiverRow> receivers,
        List<FlowRow> flows) {

    static ReferralFlowResponse of(ReferralFlowTables tables) {
        return new ReferralFlowResponse(
                tables.year(),
                tables.asOf(),
                Count.of(tables.referrals()),
                tables.months().stream().map(MonthRow::of).toList(),
                tables.receivers().stream().map(ReceiverRow::of).toList(),
                tables.flows().stream()
                        .map(f -> new FlowRow(f.sender(), f.receiver(), Count.of(f.referrals())))
                        .toList());
    }

    /** A count, or null and suppressed. */
    @Schema(name = "ReferralFlowCount")
    record Count(@Schema(nullable = true) Long count, boolean suppressed) {
        static Count of(PublishedCount published) {
            return new Count(published.value(), published.suppressed());
        }
    }

    /** A rate or a median, or null and suppressed. */
    @Schema(name = "ReferralFlowFigure")
    record Figure(@Schema(nullable = true) Double value, boolean suppressed) {
        static Figure of(PublishedFigure published) {
            return new Figure(published.value(), published.suppressed());
        }
    }

    /**
     * The non-zero categories of a breakdown (a category not listed is zero); when {@code suppressed},
     * none (the total it breaks down is suppressed).
     */
    @Schema(name = "ReferralFlowBreakdown")
    record Breakdown(boolean suppressed, List<Cell> cells) {
        static Breakdown of(ReferralFlowTables.Breakdown breakdown) {
            return new Breakdown(
                    breakdown.suppressed(),
                    breakdown.cells().stream()
                            .map(c -> new Cell(c.category(), Count.of(c.referrals())))
                            .toList());
        }
    }

    /** One category: a sector code, a language ({@code unknown} if not given), a region, a state. */
    @Schema(name = "ReferralFlowCell")
    record Cell(String category, Count referrals) {}

    /** One month, network-wide: referrals created, by sector, by the citizen's language, by region. */
    @Schema(name = "ReferralFlowMonth")
    record MonthRow(int month, Count referrals, Breakdown bySector, Breakdown byLanguage, Breakdown byRegion) {
        static MonthRow of(ReferralFlowTables.Month m) {
            return new MonthRow(
                    m.month(),
                    Count.of(m.referrals()),
                    Breakdown.of(m.bySector()),
                    Breakdown.of(m.byLanguage()),
                    Breakdown.of(m.byRegion()));
        }
    }

    /**
     * One receiving institution's year.
     *
     * @param receiver its slug
     * @param byState referrals received by current state
     * @param acceptanceRate (ACCEPTED + CLOSED) / received
     * @param medianDaysToAcknowledge calendar days (Europe/Brussels) from creation
     */
    @Schema(name = "ReferralFlowReceiver")
    record ReceiverRow(
            String receiver,
            Count received,
            Breakdown byState,
            Figure acceptanceRate,
            Figure medianDaysToAcknowledge,
            Figure medianDaysToAccept,
            Figure medianDaysToClose) {
        static ReceiverRow of(ReferralFlowTables.Receiver r) {
            return new ReceiverRow(
                    r.receiver(),
                    Count.of(r.received()),
                    Breakdown.of(r.byState()),
                    Figure.of(r.acceptanceRate()),
                    Figure.of(r.medianDaysToAcknowledge()),
                    Figure.of(r.medianDaysToAccept()),
                    Figure.of(r.medianDaysToClose()));
        }
    }

    /** Referrals from one institution (slug) to another in the year. */
    @Schema(name = "ReferralFlow")
    record FlowRow(String sender, String receiver, Count referrals) {}
}

package be.passerelle.core.statistics;

import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public referral-flow tables of a year, read from the rollups only (anonymous, SPEC §4.4). The
 * published tables of a year change only when the refresher moves the rollups' {@code asOf}, so they
 * are computed once per year and refresh and kept; each request costs one small query.
 */
public final class ReadReferralFlows {
    /** The first year the network can hold referrals of. */
    public static final int FIRST_YEAR = 2000;

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final UnitOfWork unitOfWork;
    private final ReferralFlowRollups rollups;
    private final Clock clock;
    private final Map<Integer, Published> published = new ConcurrentHashMap<>();

    private record Published(Instant asOf, ReferralFlowTables tables) {}

    public ReadReferralFlows(UnitOfWork unitOfWork, ReferralFlowRollups rollups, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.rollups = rollups;
        this.clock = clock;
    }

    /** @throws InvalidInput for a year before {@link #FIRST_YEAR} or after the current one */
    public ReferralFlowTables of(int year) {
        int current = clock.instant().atZone(BRUSSELS).getYear();
        if (year < FIRST_YEAR || year > current) {
            throw new InvalidInput("year is between " + FIRST_YEAR + " and " + current);
        }
        return unitOfWork.inShared(() -> {
            Instant asOf = rollups.asOf().orElse(Instant.EPOCH);
            Published known = published.get(year);
            if (known != null && known.asOf().equals(asOf)) {
                return known.tables();
            }
            ReferralFlowTables tables = PublishReferralFlows.publish(rollups.counts(year), asOf);
            published.put(year, new Published(asOf, tables));
            return tables;
        });
    }
}

package be.passerelle.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.core.testing.DirectUnitOfWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The published tables are computed once per year and refresh of the rollups. */
class ReadReferralFlowsTest {
    private final CountingRollups rollups = new CountingRollups();
    private final ReadReferralFlows read = new ReadReferralFlows(
            new DirectUnitOfWork(), rollups, Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void the_same_refresh_is_published_once_and_a_new_one_again() {
        rollups.asOf = Instant.parse("2026-11-27T09:59:45Z");

        ReferralFlowTables first = read.of(2025);
        ReferralFlowTables again = read.of(2025);
        read.of(2024);

        assertThat(again).isSameAs(first);
        assertThat(rollups.countReads).isEqualTo(2);

        rollups.asOf = Instant.parse("2026-11-27T10:00:00Z");
        ReferralFlowTables refreshed = read.of(2025);

        assertThat(refreshed).isNotSameAs(first);
        assertThat(refreshed.asOf()).isEqualTo(rollups.asOf);
        assertThat(rollups.countReads).isEqualTo(3);
    }

    private static final class CountingRollups implements ReferralFlowRollups {
        Instant asOf;
        int countReads;

        @Override
        public int refresh(Instant now, Duration overlap) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ReferralFlowCounts counts(int year) {
            countReads++;
            return new ReferralFlowCounts(year, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
        }

        @Override
        public Optional<Instant> asOf() {
            return Optional.ofNullable(asOf);
        }
    }
}

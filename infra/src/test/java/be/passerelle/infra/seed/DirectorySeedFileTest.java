package be.passerelle.infra.seed;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.core.directory.AdminLevel;
import be.passerelle.core.directory.AreaCode;
import be.passerelle.core.directory.CompetenceFinder;
import be.passerelle.core.directory.DirectorySeed;
import be.passerelle.core.directory.MatchQuery;
import be.passerelle.core.directory.NetworkDirectory;
import be.passerelle.core.shared.TenantSlug;
import org.junit.jupiter.api.Test;

class DirectorySeedFileTest {
    private final DirectorySeed seed = DirectorySeedFile.bundled();

    @Test
    void bundled_seed_gives_a_consistent_directory_of_every_institution() {
        NetworkDirectory directory = seed.directory();

        assertThat(directory.institutions())
                .hasSize(NetworkSeedFile.bundled().institutions().size());
        assertThat(seed.sectors()).extracting(s -> s.code()).contains("energy", "telecom", "public-transport");
        assertThat(seed.bodies()).extracting(b -> b.code()).contains("STIB-MIVB", "VIVAQUA");
        assertThat(directory.orientationPoints().forLevel(AdminLevel.PRIVATE).institution())
                .isEqualTo(new TenantSlug("consumer-mediation-service"));
    }

    @Test
    void seeded_entries_keep_website_exceptions_and_acknowledgement_deadline() {
        DirectorySeed.SeededEntry bruxelles = seed.entries().stream()
                .filter(e -> e.slug().value().equals("ombuds-bruxelles"))
                .findFirst()
                .orElseThrow();

        assertThat(bruxelles.profile().contact().website()).contains("https://ombuds.brussels");
        assertThat(bruxelles.profile().competences())
                .anySatisfy(c -> assertThat(c.excludesBodies()).contains("STIB-MIVB"));
        assertThat(bruxelles.profile().competences())
                .anySatisfy(c -> assertThat(c.excludesAreas()).contains(AreaCode.of("MUN-IXELLES")));
        assertThat(bruxelles.profile().intake().acceptsReferrals()).isFalse();
        assertThat(bruxelles.profile().intake().acknowledgementWorkingDays()).isBetween(1, 60);
    }

    @Test
    void seeded_finder_sends_a_stib_complaint_to_ombuds_stib_and_not_to_ombuds_bruxelles() {
        var result =
                new CompetenceFinder(seed.directory()).match(MatchQuery.empty().withBody("STIB-MIVB"));

        assertThat(result.candidates()).extracting(c -> c.institution().value()).contains("ombuds-stib");
        assertThat(result.candidates()).extracting(c -> c.institution().value()).doesNotContain("ombuds-bruxelles");
    }
}

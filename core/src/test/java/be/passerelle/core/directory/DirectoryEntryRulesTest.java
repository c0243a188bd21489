package be.passerelle.core.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.shared.InvalidInput;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DirectoryEntryRulesTest {
    private static final NetworkDirectory DIRECTORY = BelgianNetworkFixture.directory();

    @Test
    void entry_tags_round_trip_and_foreign_tags_never_parse() {
        EntryVersion version = new EntryVersion(3, 7);

        assertThat(version.tag()).isEqualTo("\"3.7\"");
        assertThat(EntryVersion.parse(version.tag())).contains(version);
        assertThat(EntryVersion.parse("W/\"3.7\"")).contains(version);
        assertThat(EntryVersion.parse("\"3\"")).isEmpty();
        assertThat(EntryVersion.parse("*")).isEmpty();
        assertThat(EntryVersion.parse(null)).isEmpty();
    }

    @Test
    void search_words_are_runs_of_letters_and_digits_with_accents_kept() {
        DirectoryFilter filter = new DirectoryFilter(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(" Médiateur & l'énergie:* | 1050 "));

        assertThat(filter.words()).containsExactly("Médiateur", "l", "énergie", "1050");
        assertThat(DirectoryFilter.none().words()).isEmpty();
    }

    @Test
    void search_text_is_bounded() {
        assertThatThrownBy(() -> new DirectoryFilter(
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("x".repeat(201))))
                .isInstanceOf(InvalidInput.class);
        DirectoryFilter many = new DirectoryFilter(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("a b c d e f g h i j k l"));
        assertThat(many.words()).hasSize(DirectoryFilter.MAX_WORDS);
    }

    @Test
    void facets_name_sectors_and_the_regions_and_communities_a_territory_reaches() {
        SearchFacets brussels = SearchFacets.of(
                List.of(Competence.forLevel(AdminLevel.REGIONAL, AreaCode.BRUSSELS)), DIRECTORY.geography());
        SearchFacets eupen = SearchFacets.of(
                List.of(Competence.forSector("energy", AdminLevel.PRIVATE, AreaCode.GERMAN_COMMUNITY)),
                DIRECTORY.geography());

        assertThat(brussels.sectors()).isEmpty();
        assertThat(brussels.areas())
                .containsExactlyInAnyOrder(AreaCode.BRUSSELS, AreaCode.FRENCH_COMMUNITY, AreaCode.FLEMISH_COMMUNITY);
        assertThat(eupen.sectors()).containsExactly("energy");
        assertThat(eupen.areas()).containsExactlyInAnyOrder(AreaCode.WALLOON_REGION, AreaCode.GERMAN_COMMUNITY);
    }

    @Test
    void competences_are_checked_against_the_taxonomies_field_by_field() {
        Competence unknown = new Competence(
                Optional.of("teleportation"),
                Optional.of(AdminLevel.LOCAL),
                List.of(AreaCode.BRUSSELS, AreaCode.of("ATLANTIS")),
                List.of(),
                List.of(),
                List.of("ACME"));

        assertThat(DIRECTORY.problemsOf(unknown, "competences[2]"))
                .extracting(FieldProblem::field)
                .containsExactly(
                        "competences[2].sector", "competences[2].territory[1]", "competences[2].excludesBodies[0]");
    }

    @Test
    void an_excluded_area_outside_the_territory_is_refused() {
        Competence outside =
                Competence.forLevel(AdminLevel.LOCAL, AreaCode.BRUSSELS).excludingAreas(AreaCode.of("MUN-GENT"));

        assertThat(DIRECTORY.problemsOf(outside, "c"))
                .containsExactly(new FieldProblem("c.excludesAreas[0]", "area MUN-GENT lies outside the territory"));
        assertThat(DIRECTORY.problemsOf(
                        Competence.forLevel(AdminLevel.LOCAL, AreaCode.BRUSSELS)
                                .excludingAreas(AreaCode.of("MUN-IXELLES")),
                        "c"))
                .isEmpty();
    }

    @Test
    void intake_and_opening_hours_keep_their_bounds() {
        assertThatThrownBy(() -> new ReferralIntake(true, 0)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new ReferralIntake(true, 61)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new OpeningPeriod(DayOfWeek.MONDAY, LocalTime.NOON, LocalTime.of(9, 0)))
                .isInstanceOf(InvalidInput.class);
        assertThat(new ReferralIntake(false, 60).acknowledgementWorkingDays()).isEqualTo(60);
    }
}

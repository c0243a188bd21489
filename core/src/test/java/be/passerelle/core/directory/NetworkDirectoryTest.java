package be.passerelle.core.directory;

import static be.passerelle.core.directory.AreaCode.BELGIUM;
import static be.passerelle.core.directory.AreaCode.BRUSSELS;
import static be.passerelle.core.directory.AreaCode.FLEMISH_REGION;
import static be.passerelle.core.directory.BelgianNetworkFixture.slug;
import static be.passerelle.core.directory.BelgianNetworkFixture.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.TenantKind;
import be.passerelle.core.shared.TenantSlug;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NetworkDirectoryTest {
    private static final Admissibility RULES = new Admissibility(true, OptionalInt.of(12), false, false);

    @Test
    void the_seed_network_is_a_valid_directory() {
        NetworkDirectory directory = BelgianNetworkFixture.directory();

        assertThat(directory.institutions()).hasSize(29);
        assertThat(directory.bodies()).hasSize(10);
        assertThat(directory.sectors()).hasSize(16);
        assertThat(directory.geography().areas()).hasSize(26);
    }

    @Test
    void a_competence_must_name_a_known_area() {
        assertThatThrownBy(() -> directoryWith(Competence.forLevel(AdminLevel.LOCAL, AreaCode.of("MUN-ATLANTIS"))))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("unknown area MUN-ATLANTIS");
    }

    @Test
    void a_competence_must_name_a_known_sector() {
        assertThatThrownBy(() -> directoryWith(Competence.forSector("astrology", AdminLevel.PRIVATE, BELGIUM)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("unknown sector astrology");
    }

    @Test
    void a_competence_must_name_known_bodies() {
        assertThatThrownBy(() -> directoryWith(
                        Competence.forLevel(AdminLevel.FEDERAL, BELGIUM).excludingBodies("SABENA")))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("unknown body SABENA");
    }

    @Test
    void an_excluded_area_must_lie_inside_the_territory() {
        assertThatThrownBy(() -> directoryWith(
                        Competence.forLevel(AdminLevel.LOCAL, BRUSSELS).excludingAreas(AreaCode.of("MUN-GENT"))))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("outside the competence's territory");
        assertThat(directoryWith(
                        Competence.forLevel(AdminLevel.LOCAL, FLEMISH_REGION).excludingAreas(AreaCode.of("MUN-GENT"))))
                .isNotNull();
    }

    @Test
    void an_orientation_point_must_be_an_institution_of_the_directory() {
        Map<AdminLevel, TenantSlug> points = new EnumMap<>(AdminLevel.class);
        for (AdminLevel level : AdminLevel.values()) {
            points.put(level, slug("nobody"));
        }
        assertThatThrownBy(() -> new NetworkDirectory(
                        BelgianNetworkFixture.geography(),
                        BelgianNetworkFixture.sectors(),
                        BelgianNetworkFixture.bodies(),
                        BelgianNetworkFixture.institutions(),
                        new OrientationPoints(points)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("unknown institution nobody");
    }

    @Test
    void every_level_needs_an_orientation_point() {
        assertThatThrownBy(() -> new OrientationPoints(Map.of(AdminLevel.FEDERAL, slug("federal-ombudsman"))))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void the_seed_points_to_the_federal_ombudsman_for_administrations_and_the_consumer_service_for_companies() {
        OrientationPoints points = BelgianNetworkFixture.orientationPoints();

        assertThat(points.all())
                .containsExactly(
                        new OrientationPoint(
                                slug("federal-ombudsman"),
                                Set.of(
                                        AdminLevel.FEDERAL,
                                        AdminLevel.REGIONAL,
                                        AdminLevel.COMMUNITY,
                                        AdminLevel.LOCAL)),
                        new OrientationPoint(slug("consumer-mediation-service"), Set.of(AdminLevel.PRIVATE)));
    }

    @Test
    void an_institution_is_listed_once() {
        List<DirectoryEntry> institutions = new ArrayList<>(BelgianNetworkFixture.institutions());
        institutions.add(institutions.get(0));

        assertThatThrownBy(() -> new NetworkDirectory(
                        BelgianNetworkFixture.geography(),
                        BelgianNetworkFixture.sectors(),
                        BelgianNetworkFixture.bodies(),
                        institutions,
                        BelgianNetworkFixture.orientationPoints()))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("defined twice");
    }

    @Test
    void an_institution_serves_at_least_one_language() {
        assertThatThrownBy(() -> new DirectoryEntry(
                        slug("x"), TenantKind.LOCAL, text("x", null, null, null), List.of(), List.of(), RULES))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new DirectoryEntry(
                        slug("x"),
                        TenantKind.LOCAL,
                        text("x", null, null, null),
                        List.of(Language.FR, Language.FR),
                        List.of(),
                        RULES))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void unknown_codes_are_invalid_input_when_required() {
        NetworkDirectory directory = BelgianNetworkFixture.directory();

        assertThatThrownBy(() -> directory.requireBody("SABENA")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> directory.requireSector("astrology")).isInstanceOf(InvalidInput.class);
        assertThat(directory.body("STIB-MIVB")).isPresent();
    }

    private static NetworkDirectory directoryWith(Competence competence) {
        List<DirectoryEntry> institutions = new ArrayList<>(BelgianNetworkFixture.institutions());
        institutions.add(new DirectoryEntry(
                slug("test-ombudsman"),
                TenantKind.LOCAL,
                text("Test", null, null, null),
                List.of(Language.FR),
                List.of(competence),
                RULES));
        return new NetworkDirectory(
                BelgianNetworkFixture.geography(),
                BelgianNetworkFixture.sectors(),
                BelgianNetworkFixture.bodies(),
                institutions,
                BelgianNetworkFixture.orientationPoints());
    }
}

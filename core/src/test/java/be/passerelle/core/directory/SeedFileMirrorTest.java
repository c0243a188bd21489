package be.passerelle.core.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@link BelgianNetworkFixture} in step with the seed file. No JSON library: the seed file's
 * fields are picked out with patterns, in file order, and compared with the fixture's, in the same
 * order.
 */
class SeedFileMirrorTest {
    private static final Path SEED =
            Path.of("..", "infra", "src", "main", "resources", "seed", "belgian-ombudsman-network.json");

    private final String seed = read();

    @Test
    void fixture_has_the_seed_files_codes() {
        List<String> fixtureCodes = new ArrayList<>();
        BelgianNetworkFixture.sectors().forEach(sector -> fixtureCodes.add(sector.code()));
        BelgianNetworkFixture.areas()
                .forEach(area -> fixtureCodes.add(area.code().value()));
        BelgianNetworkFixture.bodies().forEach(body -> fixtureCodes.add(body.code()));

        assertThat(fixtureCodes).isEqualTo(strings("\"code\":\\s*\"([^\"]+)\""));
    }

    @Test
    void fixture_has_the_seed_files_institutions() {
        assertThat(BelgianNetworkFixture.institutions().stream()
                        .map(entry -> entry.slug().value())
                        .toList())
                .isEqualTo(strings("\"slug\":\\s*\"([^\"]+)\""));
        assertThat(BelgianNetworkFixture.institutions().stream()
                        .map(entry -> entry.kind().name())
                        .toList())
                .isEqualTo(strings("\"slug\":\\s*\"[^\"]+\",\\s*\"kind\":\\s*\"([^\"]+)\""));
        assertThat(BelgianNetworkFixture.institutions().stream()
                        .map(entry -> String.join(
                                ",",
                                entry.languages().stream().map(l -> l.code()).toList()))
                        .toList())
                .isEqualTo(lists("languages"));
    }

    @Test
    void fixture_has_the_seed_files_postal_codes_and_ranges() {
        assertThat(BelgianNetworkFixture.areas().stream()
                        .flatMap(area -> area.postalCodes().stream())
                        .map(PostalCode::toString)
                        .toList())
                .isEqualTo(lists("postalCodes").stream()
                        .flatMap(list -> Stream.of(list.split(",")))
                        .toList());
        List<String> ranges = new ArrayList<>();
        Matcher matcher = Pattern.compile("\\[\\s*(\\d{4}),\\s*(\\d{4})\\s*]").matcher(seed);
        while (matcher.find()) {
            ranges.add(matcher.group(1) + "-" + matcher.group(2));
        }
        assertThat(BelgianNetworkFixture.areas().stream()
                        .flatMap(area -> area.postalRanges().stream())
                        .map(range -> range.first() + "-" + range.last())
                        .toList())
                .isEqualTo(ranges);
    }

    @Test
    void fixture_has_the_seed_files_compositions() {
        assertThat(codes(BelgianNetworkFixture.areas().stream()
                        .filter(area -> !area.composedOf().isEmpty())
                        .map(Area::composedOf)))
                .isEqualTo(lists("composedOf"));
        assertThat(codes(BelgianNetworkFixture.areas().stream()
                        .filter(area -> !area.minus().isEmpty())
                        .map(Area::minus)))
                .isEqualTo(lists("minus"));
    }

    @Test
    void fixture_has_the_seed_files_competences() {
        List<Competence> competences = BelgianNetworkFixture.institutions().stream()
                .flatMap(entry -> entry.competences().stream())
                .toList();

        assertThat(codes(competences.stream().map(Competence::territory))).isEqualTo(lists("territory"));
        assertThat(codes(competences.stream()
                        .filter(c -> !c.excludesAreas().isEmpty())
                        .map(Competence::excludesAreas)))
                .isEqualTo(lists("excludesAreas"));
        assertThat(competences.stream()
                        .filter(c -> !c.excludesBodies().isEmpty())
                        .map(c -> String.join(",", c.excludesBodies()))
                        .toList())
                .isEqualTo(lists("excludesBodies"));
        assertThat(competences.stream()
                        .filter(Competence::limitedToBodies)
                        .map(c -> String.join(",", c.bodies()))
                        .toList())
                .isEqualTo(lists("bodies"));

        List<String> levels = new ArrayList<>();
        BelgianNetworkFixture.bodies()
                .forEach(body -> levels.add(body.adminLevel().name()));
        competences.forEach(c -> c.adminLevel().ifPresent(level -> levels.add(level.name())));
        assertThat(levels).isEqualTo(strings("\"adminLevel\":\\s*\"([^\"]+)\""));

        List<String> sectors = new ArrayList<>();
        BelgianNetworkFixture.bodies().forEach(body -> body.sector().ifPresent(sectors::add));
        competences.forEach(c -> c.sector().ifPresent(sectors::add));
        assertThat(sectors).isEqualTo(strings("\"sector\":\\s*\"([^\"]+)\""));
    }

    @Test
    void fixture_has_the_seed_files_admissibility_rules() {
        List<Admissibility> rules = BelgianNetworkFixture.institutions().stream()
                .map(DirectoryEntry::admissibility)
                .toList();

        assertThat(rules.stream().map(r -> String.valueOf(r.priorContactRequired())))
                .containsExactlyElementsOf(strings("\"priorContactRequired\":\\s*(true|false)"));
        assertThat(rules.stream()
                        .map(r -> String.valueOf(r.maxComplaintAgeMonths().orElseThrow())))
                .containsExactlyElementsOf(strings("\"maxComplaintAgeMonths\":\\s*(\\d+)"));
        assertThat(rules.stream().map(r -> String.valueOf(r.anonymousAccepted())))
                .containsExactlyElementsOf(strings("\"anonymousAccepted\":\\s*(true|false)"));
        assertThat(rules.stream().map(r -> String.valueOf(r.verified())))
                .containsExactlyElementsOf(strings("\"verified\":\\s*(true|false)"));
    }

    @Test
    void fixture_has_the_seed_files_orientation_points() {
        String points = strings("\"orientationPoints\":\\s*\\{([^}]*)}").get(0);
        BelgianNetworkFixture.orientationPoints()
                .byLevel()
                .forEach((level, slug) -> assertThat(points).contains("\"" + level + "\": \"" + slug + "\""));
        assertThat(points.split(",")).hasSize(AdminLevel.values().length);
    }

    private List<String> strings(String regex) {
        List<String> found = new ArrayList<>();
        Matcher matcher = Pattern.compile(regex).matcher(seed);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** Each {@code "field": [ "a", "b" ]} list of strings, as {@code "a,b"}. */
    private List<String> lists(String field) {
        return strings("\"" + field + "\":\\s*\\[([^\\]\\[{]*)]").stream()
                .map(list -> list.replace("\"", "").replaceAll("\\s", ""))
                .toList();
    }

    private static List<String> codes(Stream<List<AreaCode>> lists) {
        return lists.map(list ->
                        String.join(",", list.stream().map(AreaCode::value).toList()))
                .toList();
    }

    private static String read() {
        try {
            return Files.readString(SEED, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("the seed file is part of the repository: " + SEED.toAbsolutePath(), e);
        }
    }
}

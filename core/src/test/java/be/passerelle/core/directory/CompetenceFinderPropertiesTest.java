package be.passerelle.core.directory;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.core.shared.Language;
import be.passerelle.core.testing.PropertyTest;
import be.passerelle.core.testing.Samples;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CompetenceFinderPropertiesTest {
    private static final NetworkDirectory DIRECTORY = BelgianNetworkFixture.directory();
    private static final CompetenceFinder FINDER = new CompetenceFinder(DIRECTORY);
    private static final List<String> SECTORS =
            DIRECTORY.sectors().stream().map(Sector::code).toList();
    private static final List<String> BODIES =
            DIRECTORY.bodies().stream().map(Body::code).toList();

    /**
     * Queries with each criterion present 95 times in 100 (a named body 20 times in 100), and as
     * examples: the empty query, and each postal code bound, sector, level, body and language alone.
     */
    static Stream<Arguments> queries() {
        List<MatchQuery> examples = new ArrayList<>();
        examples.add(query(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        Stream.of("1000", "1299", "1300", "4700", "4799", "9999")
                .forEach(code -> examples.add(MatchQuery.empty().withPostalCode(code)));
        SECTORS.forEach(sector -> examples.add(MatchQuery.empty().withSector(sector)));
        Stream.of(AdminLevel.values())
                .forEach(level -> examples.add(MatchQuery.empty().withAdminLevel(level)));
        BODIES.forEach(body -> examples.add(MatchQuery.empty().withBody(body)));
        Stream.of(Language.values())
                .forEach(language -> examples.add(query(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(language))));
        examples.add(query(
                Optional.of("9999"),
                Optional.of(SECTORS.get(SECTORS.size() - 1)),
                Optional.of(AdminLevel.FEDERAL),
                Optional.of(BODIES.get(BODIES.size() - 1)),
                Optional.of(Language.DE)));
        return Samples.of(1_000, CompetenceFinderPropertiesTest::query).withExamples(examples.toArray()).stream();
    }

    private static MatchQuery query(RandomGenerator random) {
        return query(
                Samples.maybe(random, 0.95, () -> String.valueOf(random.nextInt(1000, 10_000))),
                Samples.maybe(random, 0.95, () -> Samples.oneOf(random, SECTORS)),
                Samples.maybe(random, 0.95, () -> Samples.oneOf(random, AdminLevel.values())),
                Samples.maybe(random, 0.2, () -> Samples.oneOf(random, BODIES)),
                Samples.maybe(random, 0.95, () -> Samples.oneOf(random, Language.values())));
    }

    /** The query of the criteria given; one without any criterion asks about a local administration. */
    private static MatchQuery query(
            Optional<String> postalCode,
            Optional<String> sector,
            Optional<AdminLevel> level,
            Optional<String> body,
            Optional<Language> language) {
        MatchQuery query = MatchQuery.empty();
        query = postalCode.map(query::withPostalCode).orElse(query);
        query = sector.map(query::withSector).orElse(query);
        query = level.map(query::withAdminLevel).orElse(query);
        query = body.map(query::withBody).orElse(query);
        query = language.map(query::withLanguage).orElse(query);
        return query.hasCriterion() ? query : query.withAdminLevel(AdminLevel.LOCAL);
    }

    /** Every body of the directory. */
    static Stream<Body> bodies() {
        return DIRECTORY.bodies().stream();
    }

    /** Postal codes from 1000 to 9999. */
    static Stream<Arguments> postalCodes() {
        return Samples.of(1_000, random -> random.nextInt(1000, 10_000))
                .withExamples(1000, 1001, 1299, 1300, 4700, 4799, 9998, 9999)
                .stream();
    }

    /** Every Brussels postal code, 1000 to 1299. */
    static IntStream brusselsPostalCodes() {
        return IntStream.rangeClosed(1000, 1299);
    }

    @PropertyTest
    @MethodSource("queries")
    void an_answer_has_candidates_or_orientation_points_never_both_nor_neither(MatchQuery query) {
        MatchResult result = FINDER.match(query);

        assertThat(result.anyCompetent()).isNotEqualTo(!result.orientation().isEmpty());
    }

    @PropertyTest
    @MethodSource("queries")
    void candidates_are_ranked_best_first_with_scores_from_0_to_100_and_each_institution_once(MatchQuery query) {
        MatchResult result = FINDER.match(query);

        assertThat(result.candidates()).allSatisfy(c -> assertThat(c.score()).isBetween(0, 100));
        assertThat(result.candidates())
                .extracting(Candidate::score)
                .isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        assertThat(result.candidates()).extracting(Candidate::institution).doesNotHaveDuplicates();
    }

    @PropertyTest
    @MethodSource("queries")
    void a_candidates_competence_is_one_of_its_institutions(MatchQuery query) {
        for (Candidate candidate : FINDER.match(query).candidates()) {
            DirectoryEntry entry =
                    DIRECTORY.institution(candidate.institution()).orElseThrow();
            assertThat(entry.competences().get(candidate.competenceIndex())).isEqualTo(candidate.competence());
            assertThat(candidate.admissibility()).isEqualTo(entry.admissibility());
        }
    }

    @PropertyTest
    @MethodSource("bodies")
    void a_named_body_never_reaches_an_institution_whose_competence_excludes_it(Body body) {
        for (Candidate candidate :
                FINDER.match(MatchQuery.empty().withBody(body.code())).candidates()) {
            assertThat(candidate.competence().excludesBodies()).doesNotContain(body.code());
            if (candidate.competence().limitedToBodies()) {
                assertThat(candidate.competence().bodies()).contains(body.code());
            }
        }
    }

    @PropertyTest
    @MethodSource("bodies")
    void a_body_with_its_own_ombuds_goes_first_to_that_ombuds(Body body) {
        Optional<DirectoryEntry> own = DIRECTORY.institutions().stream()
                .filter(entry ->
                        entry.competences().stream().anyMatch(c -> c.bodies().contains(body.code())))
                .findFirst();
        MatchResult result = FINDER.match(MatchQuery.empty().withBody(body.code()));

        own.ifPresent(
                entry -> assertThat(result.candidates().get(0).institution()).isEqualTo(entry.slug()));
    }

    @PropertyTest
    @MethodSource("postalCodes")
    void the_federal_ombudsman_is_competent_for_federal_matters_everywhere(int code) {
        MatchResult result = FINDER.match(
                MatchQuery.empty().withPostalCode(String.valueOf(code)).withAdminLevel(AdminLevel.FEDERAL));

        assertThat(result.candidates()).anySatisfy(c -> {
            assertThat(c.institution().value()).isEqualTo("federal-ombudsman");
            assertThat(c.coverage()).isEqualTo(Coverage.FULL);
        });
    }

    @PropertyTest
    @MethodSource("brusselsPostalCodes")
    void every_brussels_code_has_ombuds_bruxelles_for_regional_matters(int code) {
        MatchResult result = FINDER.match(
                MatchQuery.empty().withPostalCode(String.valueOf(code)).withAdminLevel(AdminLevel.REGIONAL));

        assertThat(result.candidates()).extracting(c -> c.institution().value()).containsExactly("ombuds-bruxelles");
    }

    @PropertyTest
    @MethodSource("brusselsPostalCodes")
    void every_community_matter_in_brussels_proposes_both_communities(int code) {
        MatchResult result = FINDER.match(
                MatchQuery.empty().withPostalCode(String.valueOf(code)).withAdminLevel(AdminLevel.COMMUNITY));

        assertThat(result.candidates())
                .extracting(c -> c.institution().value())
                .containsExactlyInAnyOrder("vlaamse-ombudsdienst", "mediateur-wallonie-fwb");
    }

    @PropertyTest
    @MethodSource("queries")
    void every_reason_renders_completely_in_every_language(MatchQuery query) {
        MatchResult result = FINDER.match(query);
        for (Language language : Language.values()) {
            result.notes()
                    .forEach(note -> assertThat(FINDER.explain(note, language)).doesNotContain("{"));
            for (Candidate candidate : result.candidates()) {
                candidate
                        .reasons()
                        .forEach(r -> assertThat(FINDER.explain(r, language)).doesNotContain("{"));
                candidate
                        .conditions()
                        .forEach(r -> assertThat(FINDER.explain(r, language)).doesNotContain("{"));
            }
        }
    }
}

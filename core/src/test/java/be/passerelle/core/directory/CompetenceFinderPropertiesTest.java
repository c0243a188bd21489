package be.passerelle.core.directory;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.core.shared.Language;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class CompetenceFinderPropertiesTest {
    private static final NetworkDirectory DIRECTORY = BelgianNetworkFixture.directory();
    private static final CompetenceFinder FINDER = new CompetenceFinder(DIRECTORY);

    @Property
    void an_answer_has_candidates_or_orientation_points_never_both_nor_neither(@ForAll("queries") MatchQuery query) {
        MatchResult result = FINDER.match(query);

        assertThat(result.anyCompetent()).isNotEqualTo(!result.orientation().isEmpty());
    }

    @Property
    void candidates_are_ranked_best_first_with_scores_from_0_to_100_and_each_institution_once(
            @ForAll("queries") MatchQuery query) {
        MatchResult result = FINDER.match(query);

        assertThat(result.candidates()).allSatisfy(c -> assertThat(c.score()).isBetween(0, 100));
        assertThat(result.candidates())
                .extracting(Candidate::score)
                .isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        assertThat(result.candidates()).extracting(Candidate::institution).doesNotHaveDuplicates();
    }

    @Property
    void a_candidates_competence_is_one_of_its_institutions(@ForAll("queries") MatchQuery query) {
        for (Candidate candidate : FINDER.match(query).candidates()) {
            DirectoryEntry entry =
                    DIRECTORY.institution(candidate.institution()).orElseThrow();
            assertThat(entry.competences().get(candidate.competenceIndex())).isEqualTo(candidate.competence());
            assertThat(candidate.admissibility()).isEqualTo(entry.admissibility());
        }
    }

    @Property
    void a_named_body_never_reaches_an_institution_whose_competence_excludes_it(@ForAll("bodies") Body body) {
        for (Candidate candidate :
                FINDER.match(MatchQuery.empty().withBody(body.code())).candidates()) {
            assertThat(candidate.competence().excludesBodies()).doesNotContain(body.code());
            if (candidate.competence().limitedToBodies()) {
                assertThat(candidate.competence().bodies()).contains(body.code());
            }
        }
    }

    @Property
    void a_body_with_its_own_ombuds_goes_first_to_that_ombuds(@ForAll("bodies") Body body) {
        Optional<DirectoryEntry> own = DIRECTORY.institutions().stream()
                .filter(entry ->
                        entry.competences().stream().anyMatch(c -> c.bodies().contains(body.code())))
                .findFirst();
        MatchResult result = FINDER.match(MatchQuery.empty().withBody(body.code()));

        own.ifPresent(
                entry -> assertThat(result.candidates().get(0).institution()).isEqualTo(entry.slug()));
    }

    @Property
    void the_federal_ombudsman_is_competent_for_federal_matters_everywhere(
            @ForAll @IntRange(min = 1000, max = 9999) int code) {
        MatchResult result = FINDER.match(
                MatchQuery.empty().withPostalCode(String.valueOf(code)).withAdminLevel(AdminLevel.FEDERAL));

        assertThat(result.candidates()).anySatisfy(c -> {
            assertThat(c.institution().value()).isEqualTo("federal-ombudsman");
            assertThat(c.coverage()).isEqualTo(Coverage.FULL);
        });
    }

    @Property
    void every_brussels_code_has_ombuds_bruxelles_for_regional_matters(
            @ForAll @IntRange(min = 1000, max = 1299) int code) {
        MatchResult result = FINDER.match(
                MatchQuery.empty().withPostalCode(String.valueOf(code)).withAdminLevel(AdminLevel.REGIONAL));

        assertThat(result.candidates()).extracting(c -> c.institution().value()).containsExactly("ombuds-bruxelles");
    }

    @Property
    void every_community_matter_in_brussels_proposes_both_communities(
            @ForAll @IntRange(min = 1000, max = 1299) int code) {
        MatchResult result = FINDER.match(
                MatchQuery.empty().withPostalCode(String.valueOf(code)).withAdminLevel(AdminLevel.COMMUNITY));

        assertThat(result.candidates())
                .extracting(c -> c.institution().value())
                .containsExactlyInAnyOrder("vlaamse-ombudsdienst", "mediateur-wallonie-fwb");
    }

    @Property
    void every_reason_renders_completely_in_every_language(@ForAll("queries") MatchQuery query) {
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

    @Provide
    Arbitrary<Body> bodies() {
        return Arbitraries.of(DIRECTORY.bodies());
    }

    @Provide
    Arbitrary<MatchQuery> queries() {
        Arbitrary<Optional<String>> postalCodes =
                Arbitraries.integers().between(1000, 9999).map(String::valueOf).optional();
        Arbitrary<Optional<String>> sectors = Arbitraries.of(
                        DIRECTORY.sectors().stream().map(Sector::code).toList())
                .optional();
        Arbitrary<Optional<AdminLevel>> levels =
                Arbitraries.of(AdminLevel.class).optional();
        Arbitrary<Optional<String>> bodies = Arbitraries.of(
                        DIRECTORY.bodies().stream().map(Body::code).toList())
                .optional(0.2);
        Arbitrary<Optional<Language>> languages = Arbitraries.of(Language.class).optional();
        return Combinators.combine(postalCodes, sectors, levels, bodies, languages)
                .as((postalCode, sector, level, body, language) -> {
                    MatchQuery query = MatchQuery.empty();
                    query = postalCode.map(query::withPostalCode).orElse(query);
                    query = sector.map(query::withSector).orElse(query);
                    query = level.map(query::withAdminLevel).orElse(query);
                    query = body.map(query::withBody).orElse(query);
                    query = language.map(query::withLanguage).orElse(query);
                    return query.hasCriterion() ? query : query.withAdminLevel(AdminLevel.LOCAL);
                });
    }
}

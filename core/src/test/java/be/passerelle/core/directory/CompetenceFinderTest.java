package be.passerelle.core.directory;

import static be.passerelle.core.directory.AdminLevel.COMMUNITY;
import static be.passerelle.core.directory.AdminLevel.FEDERAL;
import static be.passerelle.core.directory.AdminLevel.LOCAL;
import static be.passerelle.core.directory.AdminLevel.PRIVATE;
import static be.passerelle.core.directory.AdminLevel.REGIONAL;
import static be.passerelle.core.directory.BelgianNetworkFixture.slug;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.Language;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CompetenceFinderTest {
    private static final CompetenceFinder FINDER = BelgianNetworkFixture.finder();

    // Named bodies and their exceptions.

    @Test
    void stib_complaint_goes_to_ombuds_stib_not_ombuds_bruxelles() {
        MatchResult result = FINDER.match(query().withBody("STIB-MIVB"));

        assertThat(slugs(result)).containsExactly("ombuds-stib");
        Candidate stib = result.candidates().get(0);
        assertThat(stib.reasons()).contains(Reason.of(ReasonCode.BODY_NAMED, "body", "STIB-MIVB"));
        assertThat(stib.coverage()).isEqualTo(Coverage.FULL);
        assertThat(stib.conditions())
                .contains(Reason.of(
                        ReasonCode.PRIOR_CONTACT_WITH_BODY, "body", "STIB-MIVB", "institution", "ombuds-stib"));
    }

    @Test
    void vivaqua_complaint_goes_to_ombuds_vivaqua_not_ombuds_bruxelles() {
        assertThat(slugs(FINDER.match(query().withBody("VIVAQUA")))).containsExactly("ombuds-vivaqua");
    }

    @Test
    void actiris_complaint_goes_to_ombuds_bruxelles_as_a_brussels_regional_body() {
        MatchResult result = FINDER.match(query().withBody("ACTIRIS"));

        assertThat(slugs(result)).containsExactly("ombuds-bruxelles");
        assertThat(result.candidates().get(0).competence().adminLevel()).contains(REGIONAL);
    }

    @Test
    void sncb_complaint_goes_to_ombudsrail_not_federal_ombudsman() {
        MatchResult result = FINDER.match(query().withBody("SNCB-NMBS"));

        assertThat(slugs(result)).containsExactly("ombudsrail");
        assertThat(result.candidates().get(0).reasons())
                .contains(Reason.of(ReasonCode.SECTOR_SPECIALIST, "sector", "rail"));
    }

    @Test
    void bpost_complaint_goes_to_postal_ombudsman_not_federal_ombudsman() {
        assertThat(slugs(FINDER.match(query().withBody("BPOST")))).containsExactly("postal-ombudsman");
    }

    @Test
    void spf_finances_complaint_ranks_tax_conciliation_before_federal_ombudsman() {
        assertThat(slugs(FINDER.match(query().withBody("SPF-FINANCES"))))
                .containsExactly("tax-conciliation", "federal-ombudsman");
    }

    @Test
    void immigration_office_complaint_goes_to_federal_ombudsman() {
        assertThat(slugs(FINDER.match(query().withBody("OFFICE-ETRANGERS")))).containsExactly("federal-ombudsman");
    }

    @Test
    void vdab_and_forem_go_to_their_regions_ombudsman() {
        assertThat(slugs(FINDER.match(query().withBody("VDAB")))).containsExactly("vlaamse-ombudsdienst");
        assertThat(slugs(FINDER.match(query().withBody("FOREM")))).containsExactly("mediateur-wallonie-fwb");
    }

    @Test
    void a_named_body_overrides_the_postal_code_and_the_answer_says_so() {
        MatchResult result = FINDER.match(
                query().withPostalCode("9000").withAdminLevel(LOCAL).withBody("STIB-MIVB"));

        assertThat(slugs(result)).containsExactly("ombuds-stib");
        assertThat(result.notes()).contains(Reason.of(ReasonCode.BODY_OVERRIDES_LOCATION, "body", "STIB-MIVB"));
        assertThat(result.location()).isEmpty();
    }

    @Test
    void urban_transport_in_brussels_without_a_body_proposes_the_stib_ombuds_as_limited_to_stib() {
        MatchResult result = FINDER.match(query().withPostalCode("1000").withSector("public-transport"));

        assertThat(slugs(result)).containsExactly("ombuds-stib");
        assertThat(result.candidates().get(0).reasons())
                .contains(Reason.of(ReasonCode.ONLY_FOR_BODIES, "bodies", List.of("STIB-MIVB")));
    }

    @Test
    void regional_urban_transport_in_brussels_also_proposes_ombuds_bruxelles_except_for_stib() {
        MatchResult result = FINDER.match(
                query().withPostalCode("1000").withSector("public-transport").withAdminLevel(REGIONAL));

        assertThat(slugs(result)).containsExactly("ombuds-stib", "ombuds-bruxelles");
        assertThat(candidate(result, "ombuds-bruxelles").reasons())
                .contains(Reason.of(ReasonCode.EXCEPT_BODIES, "bodies", List.of("STIB-MIVB")));
    }

    @Test
    void federal_matters_go_to_the_federal_ombudsman_who_names_the_bodies_he_does_not_handle() {
        MatchResult result = FINDER.match(query().withPostalCode("9000").withAdminLevel(FEDERAL));

        assertThat(slugs(result)).containsExactly("federal-ombudsman");
        assertThat(result.candidates().get(0).reasons())
                .contains(
                        Reason.of(ReasonCode.COMPETENT_FOR_LEVEL, "level", "FEDERAL"),
                        Reason.of(
                                ReasonCode.TERRITORY_COVERS_POSTAL_CODE,
                                "territory",
                                List.of("BE"),
                                "postalCode",
                                "9000"),
                        Reason.of(ReasonCode.EXCEPT_BODIES, "bodies", List.of("SNCB-NMBS", "BPOST")));
    }

    @Test
    void federal_pensions_go_first_to_the_pensions_ombudsman_then_to_the_federal_ombudsman() {
        assertThat(slugs(FINDER.match(query().withAdminLevel(FEDERAL).withSector("pensions"))))
                .containsExactly("pensions-ombudsman", "federal-ombudsman");
    }

    @Test
    void a_federal_railway_question_prefers_the_rail_specialist() {
        assertThat(slugs(FINDER.match(query().withAdminLevel(FEDERAL).withSector("rail"))))
                .containsExactly("ombudsrail", "federal-ombudsman");
    }

    // Shared postal codes and municipalities with their own ombudsman.

    @Test
    void postal_code_1050_considers_ixelles_and_city_of_brussels() {
        MatchResult result = FINDER.match(query().withPostalCode("1050").withAdminLevel(LOCAL));

        assertThat(slugs(result)).containsExactlyInAnyOrder("mediateur-ixelles", "ombuds-bruxelles");
        assertThat(result.notes())
                .contains(Reason.of(
                        ReasonCode.POSTAL_CODE_SHARED,
                        "postalCode",
                        "1050",
                        "municipalities",
                        List.of("MUN-IXELLES", "MUN-BRUXELLES")));
        assertThat(result.location().orElseThrow().shared()).isTrue();
        Candidate ixelles = candidate(result, "mediateur-ixelles");
        assertThat(ixelles.coverage()).isEqualTo(Coverage.PARTIAL);
        assertThat(ixelles.reasons())
                .contains(Reason.of(
                        ReasonCode.TERRITORY_COVERS_MUNICIPALITIES,
                        "territory",
                        List.of("MUN-IXELLES"),
                        "municipalities",
                        List.of("MUN-IXELLES"),
                        "postalCode",
                        "1050"));
        Candidate brussels = candidate(result, "ombuds-bruxelles");
        assertThat(brussels.reasons())
                .contains(
                        Reason.of(
                                ReasonCode.TERRITORY_COVERS_MUNICIPALITIES,
                                "territory",
                                List.of("BE-BRU"),
                                "municipalities",
                                List.of("MUN-BRUXELLES"),
                                "postalCode",
                                "1050"),
                        Reason.of(ReasonCode.EXCEPT_AREAS, "areas", List.of("MUN-IXELLES")));
    }

    @Test
    void postal_code_1050_with_the_area_of_ixelles_is_ixelles_only() {
        MatchResult result = FINDER.match(
                query().withPostalCode("1050").withArea("MUN-IXELLES").withAdminLevel(LOCAL));

        assertThat(slugs(result)).containsExactly("mediateur-ixelles");
        assertThat(result.candidates().get(0).coverage()).isEqualTo(Coverage.FULL);
        assertThat(result.notes()).noneMatch(note -> note.code() == ReasonCode.POSTAL_CODE_SHARED);
    }

    @Test
    void a_regional_matter_at_1050_is_fully_for_ombuds_bruxelles() {
        MatchResult result = FINDER.match(query().withPostalCode("1050").withAdminLevel(REGIONAL));

        assertThat(slugs(result)).containsExactly("ombuds-bruxelles");
        assertThat(result.candidates().get(0).coverage()).isEqualTo(Coverage.FULL);
    }

    @Test
    void woluwe_saint_lambert_goes_to_its_own_mediator_not_ombuds_bruxelles() {
        assertThat(slugs(FINDER.match(query().withPostalCode("1200").withAdminLevel(LOCAL))))
                .containsExactly("mediateur-woluwe-saint-lambert");
    }

    @Test
    void a_local_matter_in_the_city_of_brussels_goes_to_ombuds_bruxelles() {
        MatchResult result = FINDER.match(query().withPostalCode("1000").withAdminLevel(LOCAL));

        assertThat(slugs(result)).containsExactly("ombuds-bruxelles");
        assertThat(result.candidates().get(0).coverage()).isEqualTo(Coverage.FULL);
    }

    @Test
    void local_matters_across_brussels_are_partly_for_ombuds_bruxelles_except_communes_with_their_own() {
        MatchResult result = FINDER.match(query().withArea("BE-BRU").withAdminLevel(LOCAL));

        assertThat(slugs(result))
                .containsExactlyInAnyOrder("ombuds-bruxelles", "mediateur-ixelles", "mediateur-woluwe-saint-lambert");
        Candidate brussels = candidate(result, "ombuds-bruxelles");
        assertThat(brussels.coverage()).isEqualTo(Coverage.PARTIAL);
        assertThat(brussels.reasons())
                .contains(
                        Reason.of(
                                ReasonCode.TERRITORY_PARTLY_COVERS_AREA,
                                "territory",
                                List.of("BE-BRU"),
                                "area",
                                "BE-BRU"),
                        Reason.of(
                                ReasonCode.EXCEPT_AREAS, "areas", List.of("MUN-IXELLES", "MUN-WOLUWE-SAINT-LAMBERT")));
        assertThat(result.candidates().get(0).institution()).isNotEqualTo(slug("ombuds-bruxelles"));
    }

    @Test
    void antwerp_and_borsbeek_go_to_the_antwerp_ombudsperson() {
        assertThat(slugs(FINDER.match(query().withPostalCode("2000").withAdminLevel(LOCAL))))
                .containsExactly("ombudsvrouw-antwerpen");
        assertThat(slugs(FINDER.match(query().withPostalCode("2150").withAdminLevel(LOCAL))))
                .containsExactly("ombudsvrouw-antwerpen");
    }

    @Test
    void charleroi_and_courcelles_each_have_their_own_mediator() {
        assertThat(slugs(FINDER.match(query().withPostalCode("6000").withAdminLevel(LOCAL))))
                .containsExactly("mediateur-charleroi");
        assertThat(slugs(FINDER.match(query().withPostalCode("6180").withAdminLevel(LOCAL))))
                .containsExactly("mediatrice-courcelles");
    }

    // Communities and regions.

    @Test
    void eupen_4700_local_matters_go_to_the_german_speaking_community_ombudsperson() {
        assertThat(slugs(FINDER.match(query().withPostalCode("4700").withAdminLevel(LOCAL))))
                .containsExactly("ombudsdienst-dg");
    }

    @Test
    void eupen_4700_community_matters_go_to_dg_not_to_the_french_community() {
        assertThat(slugs(FINDER.match(query().withPostalCode("4700").withAdminLevel(COMMUNITY))))
                .containsExactly("ombudsdienst-dg");
    }

    @Test
    void eupen_4700_regional_matters_go_to_the_walloon_mediator() {
        assertThat(slugs(FINDER.match(query().withPostalCode("4700").withAdminLevel(REGIONAL))))
                .containsExactly("mediateur-wallonie-fwb");
    }

    @Test
    void liege_4000_community_matters_go_to_the_wallonia_brussels_federation_mediator() {
        assertThat(slugs(FINDER.match(query().withPostalCode("4000").withAdminLevel(COMMUNITY))))
                .containsExactly("mediateur-wallonie-fwb");
    }

    @Test
    void brussels_community_matters_propose_both_communities_and_the_citizens_language_ranks_first() {
        MatchResult dutch = FINDER.match(
                query().withPostalCode("1000").withAdminLevel(COMMUNITY).withLanguage(Language.NL));
        MatchResult french = FINDER.match(
                query().withPostalCode("1000").withAdminLevel(COMMUNITY).withLanguage(Language.FR));

        assertThat(slugs(dutch)).containsExactly("vlaamse-ombudsdienst", "mediateur-wallonie-fwb");
        assertThat(slugs(french)).containsExactly("mediateur-wallonie-fwb", "vlaamse-ombudsdienst");
        assertThat(candidate(dutch, "mediateur-wallonie-fwb").reasons())
                .contains(Reason.of(ReasonCode.DOES_NOT_SERVE_LANGUAGE, "language", "nl"));
        assertThat(candidate(dutch, "vlaamse-ombudsdienst").reasons())
                .contains(Reason.of(ReasonCode.SERVES_LANGUAGE, "language", "nl"));
    }

    @Test
    void childrens_rights_in_brussels_go_to_both_commissioners() {
        assertThat(slugs(FINDER.match(query().withPostalCode("1030").withSector("children-rights"))))
                .containsExactlyInAnyOrder("kinderrechtencommissariaat", "dgde");
        assertThat(slugs(FINDER.match(query().withPostalCode("9000").withSector("children-rights"))))
                .containsExactly("kinderrechtencommissariaat");
    }

    @Test
    void flemish_regional_matters_go_to_the_flemish_ombudsman() {
        MatchResult result = FINDER.match(query().withArea("BE-VLG").withAdminLevel(REGIONAL));

        assertThat(slugs(result)).containsExactly("vlaamse-ombudsdienst");
        assertThat(result.candidates().get(0).reasons())
                .contains(
                        Reason.of(ReasonCode.TERRITORY_COVERS_AREA, "territory", List.of("BE-VLG"), "area", "BE-VLG"));
    }

    // Companies, admissibility and nobody competent.

    @Test
    void an_energy_dispute_goes_to_the_energy_ombudsman_after_a_complaint_to_the_supplier() {
        MatchResult result =
                FINDER.match(query().withPostalCode("5000").withSector("energy").withAdminLevel(PRIVATE));

        assertThat(slugs(result)).containsExactly("energy-ombudsman");
        Candidate energy = result.candidates().get(0);
        assertThat(energy.admissibility().priorContactRequired()).isTrue();
        assertThat(energy.admissibility().maxComplaintAgeMonths()).hasValue(12);
        assertThat(energy.admissibility().anonymousAccepted()).isFalse();
        assertThat(energy.admissibility().verified()).isFalse();
        assertThat(energy.conditions())
                .containsExactly(
                        Reason.of(ReasonCode.PRIOR_CONTACT_WITH_COMPANY, "institution", "energy-ombudsman"),
                        Reason.of(ReasonCode.COMPLAINT_AGE_LIMIT, "months", "12"),
                        Reason.of(ReasonCode.ANONYMOUS_NOT_ACCEPTED),
                        Reason.of(ReasonCode.RULES_NOT_VERIFIED));
        assertThat(FINDER.explain(energy.conditions().get(0), Language.EN))
                .isEqualTo("First complain to the company; then Energy Ombudsman can help.");
    }

    @Test
    void childrens_commissioners_need_no_prior_contact() {
        Candidate commissioner = candidate(
                FINDER.match(query().withPostalCode("9000").withSector("children-rights")),
                "kinderrechtencommissariaat");

        assertThat(commissioner.conditions())
                .noneMatch(reason -> reason.code().name().startsWith("PRIOR_CONTACT"));
    }

    @Test
    void a_local_matter_in_liege_has_no_competent_member_and_points_to_the_federal_ombudsman() {
        MatchResult result = FINDER.match(query().withPostalCode("4000").withAdminLevel(LOCAL));

        assertThat(result.anyCompetent()).isFalse();
        assertThat(result.orientation())
                .containsExactly(new OrientationPoint(slug("federal-ombudsman"), Set.of(LOCAL)));
        assertThat(result.notes())
                .contains(
                        Reason.of(ReasonCode.NO_COMPETENT_INSTITUTION),
                        Reason.of(ReasonCode.ORIENTATION_POINT, "institution", "federal-ombudsman"));
    }

    @Test
    void a_company_dispute_without_sector_points_to_the_consumer_mediation_service() {
        MatchResult result = FINDER.match(query().withPostalCode("1000").withAdminLevel(PRIVATE));

        assertThat(result.anyCompetent()).isFalse();
        assertThat(result.orientation())
                .extracting(OrientationPoint::institution)
                .containsExactly(slug("consumer-mediation-service"));
    }

    @Test
    void private_employment_agencies_outside_flanders_have_no_member_and_point_to_the_consumer_service() {
        MatchResult wallonia = FINDER.match(
                query().withPostalCode("4000").withSector("employment-agencies").withAdminLevel(PRIVATE));
        MatchResult flanders = FINDER.match(
                query().withPostalCode("9000").withSector("employment-agencies").withAdminLevel(PRIVATE));

        assertThat(wallonia.anyCompetent()).isFalse();
        assertThat(wallonia.orientation())
                .extracting(OrientationPoint::institution)
                .containsExactly(slug("consumer-mediation-service"));
        assertThat(slugs(flanders)).containsExactly("private-employment-ombudsman");
    }

    @Test
    void without_a_level_nobody_competent_names_every_orientation_point() {
        List<DirectoryEntry> pointsOnly = BelgianNetworkFixture.institutions().stream()
                .filter(entry -> entry.slug().equals(slug("federal-ombudsman"))
                        || entry.slug().equals(slug("consumer-mediation-service")))
                .map(entry -> new DirectoryEntry(
                        entry.slug(), entry.kind(), entry.names(), entry.languages(), List.of(), entry.admissibility()))
                .toList();
        CompetenceFinder finder = new CompetenceFinder(new NetworkDirectory(
                BelgianNetworkFixture.geography(),
                BelgianNetworkFixture.sectors(),
                BelgianNetworkFixture.bodies(),
                pointsOnly,
                BelgianNetworkFixture.orientationPoints()));

        MatchResult result = finder.match(query().withPostalCode("4000").withSector("energy"));

        assertThat(result.orientation())
                .extracting(OrientationPoint::institution)
                .containsExactly(slug("federal-ombudsman"), slug("consumer-mediation-service"));
    }

    @Test
    void with_a_sector_but_no_level_the_specialists_eclipse_the_general_ombudsmen() {
        assertThat(slugs(FINDER.match(query().withPostalCode("1000").withSector("energy"))))
                .containsExactly("energy-ombudsman");
    }

    @Test
    void with_a_sector_without_specialist_the_general_ombudsmen_remain() {
        assertThat(slugs(FINDER.match(query().withPostalCode("9000").withSector("public-administration"))))
                .containsExactlyInAnyOrder("federal-ombudsman", "vlaamse-ombudsdienst", "ombudsvrouw-gent");
    }

    @Test
    void a_named_body_must_lie_wholly_in_the_territory() {
        assertThat(slugs(FINDER.match(query().withBody("VIVAQUA"))))
                .doesNotContain("mediateur-ixelles", "mediateur-woluwe-saint-lambert");
    }

    @Test
    void a_postal_code_alone_proposes_the_general_ombudsmen_of_every_level_there() {
        MatchResult result = FINDER.match(query().withPostalCode("4000"));

        assertThat(slugs(result)).containsExactlyInAnyOrder("federal-ombudsman", "mediateur-wallonie-fwb");
        assertThat(result.notes())
                .contains(Reason.of(
                        ReasonCode.POSTAL_CODE_LOCATED,
                        "postalCode",
                        "4000",
                        "region",
                        "BE-WAL",
                        "communities",
                        List.of("FWB")));
    }

    @Test
    void the_best_competence_of_an_institution_is_the_one_reported() {
        MatchResult result = FINDER.match(query().withPostalCode("1050"));

        Candidate brussels = candidate(result, "ombuds-bruxelles");
        assertThat(brussels.competenceIndex()).isZero();
        assertThat(brussels.coverage()).isEqualTo(Coverage.FULL);
    }

    // Invalid questions.

    @Test
    void postal_code_0999_is_invalid() {
        assertThatThrownBy(() -> FINDER.match(query().withPostalCode("0999"))).isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_question_without_any_criterion_is_invalid() {
        assertThatThrownBy(() -> FINDER.match(query())).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> FINDER.match(query().withLanguage(Language.DE)))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void unknown_sectors_bodies_and_areas_are_invalid() {
        assertThatThrownBy(() -> FINDER.match(query().withSector("astrology"))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> FINDER.match(query().withBody("SABENA"))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> FINDER.match(query().withArea("MUN-ATLANTIS"))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> query().withSector("Not A Code")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_postal_code_outside_the_given_area_is_invalid() {
        assertThatThrownBy(() -> FINDER.match(query().withPostalCode("9000").withArea("BE-BRU")))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("not in area");
    }

    // Reasons in the citizen's language.

    @Test
    void reasons_render_with_the_directorys_labels_in_each_language() {
        Reason shared = Reason.of(
                ReasonCode.POSTAL_CODE_SHARED,
                "postalCode",
                "1050",
                "municipalities",
                List.of("MUN-IXELLES", "MUN-BRUXELLES"));

        assertThat(FINDER.explain(shared, Language.FR))
                .isEqualTo("Le code postal 1050 est partagé par plusieurs communes (Ixelles, Bruxelles (Ville)) :"
                        + " toutes ont été prises en compte.");
        assertThat(FINDER.explain(shared, Language.NL)).contains("Elsene, Brussel (Stad)");
        assertThat(FINDER.explain(shared, Language.DE)).contains("Ixelles, Brüssel (Stadt)");
        assertThat(FINDER.explain(shared, Language.EN)).contains("Ixelles, City of Brussels");
        assertThat(FINDER.explain(Reason.of(ReasonCode.BODY_NAMED, "body", "STIB-MIVB"), Language.NL))
                .isEqualTo("Behandelt klachten over MIVB.");
        assertThat(FINDER.explain(Reason.of(ReasonCode.SECTOR_MATCHED, "sector", "energy"), Language.DE))
                .isEqualTo("Zuständig für den Bereich „Energie“.");
    }

    @Test
    void an_institution_without_a_text_in_the_readers_language_falls_back_to_english() {
        assertThat(FINDER.explain(
                        Reason.of(ReasonCode.ORIENTATION_POINT, "institution", "ombuds-bruxelles"), Language.DE))
                .isEqualTo("Ombuds Brussels kann Sie weiterleiten.");
    }

    private static MatchQuery query() {
        return MatchQuery.empty();
    }

    private static List<String> slugs(MatchResult result) {
        return result.candidates().stream().map(c -> c.institution().value()).toList();
    }

    private static Candidate candidate(MatchResult result, String slug) {
        Optional<Candidate> candidate = result.candidates().stream()
                .filter(c -> c.institution().value().equals(slug))
                .findFirst();
        assertThat(candidate).as("candidate " + slug + " in " + slugs(result)).isPresent();
        return candidate.get();
    }
}

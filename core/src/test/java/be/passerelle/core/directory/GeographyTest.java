package be.passerelle.core.directory;

import static be.passerelle.core.directory.AreaCode.BELGIUM;
import static be.passerelle.core.directory.AreaCode.BRUSSELS;
import static be.passerelle.core.directory.AreaCode.FLEMISH_COMMUNITY;
import static be.passerelle.core.directory.AreaCode.FLEMISH_REGION;
import static be.passerelle.core.directory.AreaCode.FRENCH_COMMUNITY;
import static be.passerelle.core.directory.AreaCode.GERMAN_COMMUNITY;
import static be.passerelle.core.directory.AreaCode.WALLOON_REGION;
import static be.passerelle.core.directory.BelgianNetworkFixture.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.LocalizedText;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeographyTest {
    private static final Geography BELGIUM_GEOGRAPHY = BelgianNetworkFixture.geography();
    private static final AreaCode IXELLES = AreaCode.of("MUN-IXELLES");
    private static final AreaCode CITY_OF_BRUSSELS = AreaCode.of("MUN-BRUXELLES");
    private static final LocalizedText LABEL = text("x", null, null, null);

    @Test
    void postal_code_1050_considers_ixelles_and_city_of_brussels() {
        PostalLocation location = BELGIUM_GEOGRAPHY.locate("1050");

        assertThat(location.municipalities()).containsExactlyInAnyOrder(IXELLES, CITY_OF_BRUSSELS);
        assertThat(location.shared()).isTrue();
        assertThat(location.region()).isEqualTo(BRUSSELS);
    }

    @Test
    void brussels_1000_is_in_both_the_french_and_the_flemish_community_and_in_no_province() {
        PostalLocation location = BELGIUM_GEOGRAPHY.locate("1000");

        assertThat(location.region()).isEqualTo(BRUSSELS);
        assertThat(location.communities()).containsExactlyInAnyOrder(FRENCH_COMMUNITY, FLEMISH_COMMUNITY);
        assertThat(location.province()).isEmpty();
        assertThat(location.municipalities()).containsExactly(CITY_OF_BRUSSELS);
        assertThat(location.shared()).isFalse();
    }

    @Test
    void eupen_4700_is_german_speaking_community_in_walloon_region() {
        PostalLocation location = BELGIUM_GEOGRAPHY.locate("4700");

        assertThat(location.region()).isEqualTo(WALLOON_REGION);
        assertThat(location.communities()).containsExactly(GERMAN_COMMUNITY);
        assertThat(location.province()).contains(AreaCode.of("BE-WLG"));
    }

    @Test
    void liege_4000_is_french_community_in_walloon_region() {
        PostalLocation location = BELGIUM_GEOGRAPHY.locate("4000");

        assertThat(location.region()).isEqualTo(WALLOON_REGION);
        assertThat(location.communities()).containsExactly(FRENCH_COMMUNITY);
    }

    @Test
    void ghent_9000_is_flemish_and_has_its_own_municipality() {
        PostalLocation location = BELGIUM_GEOGRAPHY.locate("9000");

        assertThat(location.region()).isEqualTo(FLEMISH_REGION);
        assertThat(location.communities()).containsExactly(FLEMISH_COMMUNITY);
        assertThat(location.province()).contains(AreaCode.of("BE-VOV"));
        assertThat(location.municipalities()).containsExactly(AreaCode.of("MUN-GENT"));
    }

    @Test
    void a_code_without_known_municipality_still_resolves_region_and_province() {
        PostalLocation location = BELGIUM_GEOGRAPHY.locate("5000");

        assertThat(location.province()).contains(AreaCode.of("BE-WNA"));
        assertThat(location.municipalities()).isEmpty();
    }

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({
        "1000, ",
        "1299, ",
        "1300, BE-WBR",
        "1499, BE-WBR",
        "1500, BE-VBR",
        "1999, BE-VBR",
        "2000, BE-VAN",
        "2999, BE-VAN",
        "3000, BE-VBR",
        "3499, BE-VBR",
        "3500, BE-VLI",
        "3999, BE-VLI",
        "4000, BE-WLG",
        "4999, BE-WLG",
        "5000, BE-WNA",
        "5999, BE-WNA",
        "6000, BE-WHT",
        "6599, BE-WHT",
        "6600, BE-WLX",
        "6999, BE-WLX",
        "7000, BE-WHT",
        "7999, BE-WHT",
        "8000, BE-VWV",
        "8999, BE-VWV",
        "9000, BE-VOV",
        "9999, BE-VOV"
    })
    void each_postal_range_lies_in_its_province(String code, String province) {
        assertThat(BELGIUM_GEOGRAPHY.locate(code).province())
                .isEqualTo(Optional.ofNullable(province).map(AreaCode::of));
    }

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({
        "1000, BE-BRU",
        "1299, BE-BRU",
        "1300, BE-WAL",
        "1499, BE-WAL",
        "1500, BE-VLG",
        "3999, BE-VLG",
        "4000, BE-WAL",
        "7999, BE-WAL",
        "8000, BE-VLG",
        "9999, BE-VLG"
    })
    void each_postal_range_lies_in_its_region(String code, String region) {
        assertThat(BELGIUM_GEOGRAPHY.locate(code).region()).isEqualTo(AreaCode.of(region));
    }

    @Test
    void the_german_speaking_community_stops_at_4799() {
        assertThat(BELGIUM_GEOGRAPHY.locate("4699").communities()).containsExactly(FRENCH_COMMUNITY);
        assertThat(BELGIUM_GEOGRAPHY.locate("4799").communities()).containsExactly(GERMAN_COMMUNITY);
        assertThat(BELGIUM_GEOGRAPHY.locate("4800").communities()).containsExactly(FRENCH_COMMUNITY);
    }

    @Test
    void postal_code_0999_is_invalid() {
        assertThatThrownBy(() -> BELGIUM_GEOGRAPHY.locate("0999")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_postal_code_outside_the_belgian_ranges_is_invalid() {
        Geography flandersOnly = new Geography(List.of(
                Area.country(BELGIUM, LABEL),
                Area.ranged(FLEMISH_REGION, AreaKind.REGION, LABEL, List.of(PostalRange.of(8000, 9999)))));

        assertThatThrownBy(() -> flandersOnly.locate("1000"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("outside the Belgian postal ranges");
        assertThat(flandersOnly.inUse(new PostalCode(1000))).isFalse();
    }

    @Test
    void the_country_covers_every_area() {
        for (Area area : BELGIUM_GEOGRAPHY.areas()) {
            assertThat(BELGIUM_GEOGRAPHY.covers(BELGIUM, area.code()))
                    .as(area.code().value())
                    .isTrue();
        }
    }

    @Test
    void the_flemish_community_covers_the_flemish_region_and_brussels() {
        assertThat(BELGIUM_GEOGRAPHY.covers(FLEMISH_COMMUNITY, FLEMISH_REGION)).isTrue();
        assertThat(BELGIUM_GEOGRAPHY.covers(FLEMISH_COMMUNITY, BRUSSELS)).isTrue();
        assertThat(BELGIUM_GEOGRAPHY.covers(FLEMISH_COMMUNITY, AreaCode.of("MUN-IXELLES")))
                .isTrue();
        assertThat(BELGIUM_GEOGRAPHY.covers(FLEMISH_COMMUNITY, WALLOON_REGION)).isFalse();
        assertThat(BELGIUM_GEOGRAPHY.covers(FLEMISH_REGION, FLEMISH_COMMUNITY)).isFalse();
    }

    @Test
    void the_french_community_covers_brussels_and_wallonia_but_not_the_german_speaking_municipalities() {
        assertThat(BELGIUM_GEOGRAPHY.covers(FRENCH_COMMUNITY, BRUSSELS)).isTrue();
        assertThat(BELGIUM_GEOGRAPHY.covers(FRENCH_COMMUNITY, AreaCode.of("MUN-CHARLEROI")))
                .isTrue();
        assertThat(BELGIUM_GEOGRAPHY.covers(FRENCH_COMMUNITY, AreaCode.of("BE-WNA")))
                .isTrue();
        assertThat(BELGIUM_GEOGRAPHY.covers(FRENCH_COMMUNITY, WALLOON_REGION)).isFalse();
        assertThat(BELGIUM_GEOGRAPHY.covers(FRENCH_COMMUNITY, AreaCode.of("BE-WLG")))
                .isFalse();
        assertThat(BELGIUM_GEOGRAPHY.overlaps(FRENCH_COMMUNITY, GERMAN_COMMUNITY))
                .isFalse();
        assertThat(BELGIUM_GEOGRAPHY.covers(FRENCH_COMMUNITY, new PostalCode(4700)))
                .isFalse();
        assertThat(BELGIUM_GEOGRAPHY.covers(FRENCH_COMMUNITY, new PostalCode(4000)))
                .isTrue();
    }

    @Test
    void the_walloon_region_covers_the_german_speaking_community() {
        assertThat(BELGIUM_GEOGRAPHY.covers(WALLOON_REGION, GERMAN_COMMUNITY)).isTrue();
        assertThat(BELGIUM_GEOGRAPHY.covers(AreaCode.of("BE-WLG"), GERMAN_COMMUNITY))
                .isTrue();
    }

    @Test
    void municipalities_sharing_1050_do_not_cover_each_other() {
        assertThat(BELGIUM_GEOGRAPHY.covers(CITY_OF_BRUSSELS, IXELLES)).isFalse();
        assertThat(BELGIUM_GEOGRAPHY.covers(IXELLES, CITY_OF_BRUSSELS)).isFalse();
        assertThat(BELGIUM_GEOGRAPHY.overlaps(IXELLES, CITY_OF_BRUSSELS)).isFalse();
        assertThat(BELGIUM_GEOGRAPHY.covers(BRUSSELS, IXELLES)).isTrue();
        assertThat(BELGIUM_GEOGRAPHY.covers(IXELLES, new PostalCode(1050))).isFalse();
        assertThat(BELGIUM_GEOGRAPHY.covers(BRUSSELS, new PostalCode(1050))).isTrue();
    }

    @Test
    void antwerp_lies_in_its_province_not_in_another() {
        AreaCode antwerp = AreaCode.of("MUN-ANTWERPEN");
        assertThat(BELGIUM_GEOGRAPHY.covers(AreaCode.of("BE-VAN"), antwerp)).isTrue();
        assertThat(BELGIUM_GEOGRAPHY.covers(AreaCode.of("BE-VOV"), antwerp)).isFalse();
        assertThat(BELGIUM_GEOGRAPHY.covers(antwerp, AreaCode.of("BE-VAN"))).isFalse();
    }

    @Test
    void an_unknown_area_is_invalid_input() {
        assertThatThrownBy(() -> BELGIUM_GEOGRAPHY.covers(BELGIUM, AreaCode.of("ATLANTIS")))
                .isInstanceOf(InvalidInput.class);
        assertThat(BELGIUM_GEOGRAPHY.area(AreaCode.of("ATLANTIS"))).isEmpty();
    }

    @Test
    void an_area_code_is_upper_case_letters_digits_and_hyphens() {
        assertThatThrownBy(() -> AreaCode.of("be-bru")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> AreaCode.of("")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> AreaCode.of(null)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void an_area_is_defined_in_exactly_one_way() {
        assertThatThrownBy(() -> new Area(
                        BRUSSELS,
                        AreaKind.REGION,
                        LABEL,
                        List.of(PostalRange.of(1000, 1299)),
                        List.of(new PostalCode(1000)),
                        List.of(),
                        List.of()))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new Area(BRUSSELS, AreaKind.REGION, LABEL, List.of(), List.of(), List.of(), List.of()))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new Area(
                        BRUSSELS,
                        AreaKind.REGION,
                        LABEL,
                        List.of(PostalRange.of(1000, 1299)),
                        List.of(),
                        List.of(),
                        List.of(GERMAN_COMMUNITY)))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_composition_must_not_refer_to_itself_even_indirectly() {
        assertThatThrownBy(() -> Area.composed(
                        FLEMISH_COMMUNITY, AreaKind.COMMUNITY, LABEL, List.of(FLEMISH_COMMUNITY), List.of()))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new Geography(List.of(
                        Area.ranged(BRUSSELS, AreaKind.REGION, LABEL, List.of(PostalRange.of(1000, 1299))),
                        Area.composed(
                                AreaCode.of("A"), AreaKind.COMMUNITY, LABEL, List.of(AreaCode.of("B")), List.of()),
                        Area.composed(
                                AreaCode.of("B"), AreaKind.COMMUNITY, LABEL, List.of(AreaCode.of("A")), List.of()))))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("composed of itself");
    }

    @Test
    void a_composition_must_name_known_areas() {
        assertThatThrownBy(() -> new Geography(List.of(
                        Area.ranged(BRUSSELS, AreaKind.REGION, LABEL, List.of(PostalRange.of(1000, 1299))),
                        Area.composed(
                                FLEMISH_COMMUNITY, AreaKind.COMMUNITY, LABEL, List.of(FLEMISH_REGION), List.of()))))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("unknown area BE-VLG");
    }

    @Test
    void an_empty_composition_is_refused() {
        assertThatThrownBy(() -> new Geography(List.of(
                        Area.ranged(BRUSSELS, AreaKind.REGION, LABEL, List.of(PostalRange.of(1000, 1299))),
                        Area.composed(
                                AreaCode.of("NOTHING"),
                                AreaKind.COMMUNITY,
                                LABEL,
                                List.of(BRUSSELS),
                                List.of(BRUSSELS)))))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("holds no postal code");
    }

    @Test
    void every_postal_code_in_use_must_lie_in_exactly_one_region() {
        assertThatThrownBy(() -> new Geography(List.of(
                        Area.ranged(BRUSSELS, AreaKind.REGION, LABEL, List.of(PostalRange.of(1000, 1299))),
                        Area.ranged(WALLOON_REGION, AreaKind.REGION, LABEL, List.of(PostalRange.of(1200, 1499))))))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("1200 lies in 2 regions");
        assertThatThrownBy(() -> new Geography(List.of(
                        Area.ranged(BRUSSELS, AreaKind.REGION, LABEL, List.of(PostalRange.of(1000, 1299))),
                        Area.listed(
                                AreaCode.of("MUN-X"), AreaKind.MUNICIPALITY, LABEL, List.of(new PostalCode(5000))))))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("5000 lies in 0 regions");
    }

    @Test
    void an_area_defined_twice_is_refused() {
        Area brussels = Area.ranged(BRUSSELS, AreaKind.REGION, LABEL, List.of(PostalRange.of(1000, 1299)));
        assertThatThrownBy(() -> new Geography(List.of(brussels, brussels)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("defined twice");
    }
}

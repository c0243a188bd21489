package be.passerelle.core.directory;

import static be.passerelle.core.directory.AreaCode.BELGIUM;
import static be.passerelle.core.directory.AreaCode.BRUSSELS;
import static be.passerelle.core.directory.AreaCode.FLEMISH_COMMUNITY;
import static be.passerelle.core.directory.AreaCode.FRENCH_COMMUNITY;
import static be.passerelle.core.directory.AreaCode.GERMAN_COMMUNITY;
import static be.passerelle.core.directory.AreaCode.WALLOON_REGION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.shared.InvalidInput;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class GeographyPropertiesTest {
    private static final Geography GEOGRAPHY = BelgianNetworkFixture.geography();

    @Property
    void every_valid_postal_code_resolves_to_exactly_one_region(@ForAll @IntRange(min = 1000, max = 9999) int code) {
        PostalLocation location = GEOGRAPHY.locate(new PostalCode(code));

        long regionsHolding = GEOGRAPHY.areas().stream()
                .filter(area -> area.kind() == AreaKind.REGION)
                .filter(area -> GEOGRAPHY.overlaps(area.code(), location.region()))
                .count();
        assertThat(regionsHolding).isEqualTo(1);
        assertThat(GEOGRAPHY.covers(location.region(), location.postalCode())).isTrue();
    }

    @Property
    void every_valid_postal_code_has_a_community(@ForAll @IntRange(min = 1000, max = 9999) int code) {
        PostalLocation location = GEOGRAPHY.locate(new PostalCode(code));

        assertThat(location.communities()).isNotEmpty().hasSizeLessThanOrEqualTo(2);
        assertThat(GEOGRAPHY.covers(BELGIUM, location.region())).isTrue();
    }

    @Property
    void every_brussels_code_is_in_both_fwb_and_vg_and_in_no_province(
            @ForAll @IntRange(min = 1000, max = 1299) int code) {
        PostalLocation location = GEOGRAPHY.locate(new PostalCode(code));

        assertThat(location.region()).isEqualTo(BRUSSELS);
        assertThat(location.communities()).containsExactlyInAnyOrder(FRENCH_COMMUNITY, FLEMISH_COMMUNITY);
        assertThat(location.province()).isEmpty();
    }

    @Property
    void only_brussels_codes_belong_to_two_communities(@ForAll @IntRange(min = 1300, max = 9999) int code) {
        assertThat(GEOGRAPHY.locate(new PostalCode(code)).communities()).hasSize(1);
    }

    @Property
    void codes_4700_to_4799_are_german_speaking_inside_the_walloon_region(
            @ForAll @IntRange(min = 4700, max = 4799) int code) {
        PostalLocation location = GEOGRAPHY.locate(new PostalCode(code));

        assertThat(location.region()).isEqualTo(WALLOON_REGION);
        assertThat(location.communities()).containsExactly(GERMAN_COMMUNITY);
    }

    @Property
    void outside_brussels_every_code_lies_in_exactly_one_province(@ForAll @IntRange(min = 1300, max = 9999) int code) {
        assertThat(GEOGRAPHY.locate(new PostalCode(code)).province()).isPresent();
    }

    @Property
    void a_province_and_its_region_agree(@ForAll @IntRange(min = 1300, max = 9999) int code) {
        PostalLocation location = GEOGRAPHY.locate(new PostalCode(code));

        assertThat(GEOGRAPHY.covers(location.region(), location.province().orElseThrow()))
                .isTrue();
    }

    @Property
    void numbers_below_1000_are_never_postal_codes(@ForAll @IntRange(min = 0, max = 999) int number) {
        String text = String.format("%04d", number);
        assertThatThrownBy(() -> GEOGRAPHY.locate(text)).isInstanceOf(InvalidInput.class);
    }

    @Property
    void text_that_is_not_four_digits_is_invalid(@ForAll("notFourDigits") String text) {
        assertThatThrownBy(() -> GEOGRAPHY.locate(text)).isInstanceOf(InvalidInput.class);
    }

    @Property
    void covering_is_reflexive(@ForAll("areaCodes") AreaCode area) {
        assertThat(GEOGRAPHY.covers(area, area)).isTrue();
        assertThat(GEOGRAPHY.overlaps(area, area)).isTrue();
    }

    @Property
    void covering_is_transitive(
            @ForAll("areaCodes") AreaCode a, @ForAll("areaCodes") AreaCode b, @ForAll("areaCodes") AreaCode c) {
        if (GEOGRAPHY.covers(a, b) && GEOGRAPHY.covers(b, c)) {
            assertThat(GEOGRAPHY.covers(a, c)).isTrue();
        }
    }

    @Property
    void mutual_covering_means_the_same_places(@ForAll("areaCodes") AreaCode a, @ForAll("areaCodes") AreaCode b) {
        if (GEOGRAPHY.covers(a, b) && GEOGRAPHY.covers(b, a)) {
            assertThat(GEOGRAPHY.extent(a)).isEqualTo(GEOGRAPHY.extent(b));
        }
    }

    @Property
    void covering_implies_overlapping(@ForAll("areaCodes") AreaCode a, @ForAll("areaCodes") AreaCode b) {
        if (GEOGRAPHY.covers(a, b)) {
            assertThat(GEOGRAPHY.overlaps(a, b)).isTrue();
        }
        assertThat(GEOGRAPHY.overlaps(a, b)).isEqualTo(GEOGRAPHY.overlaps(b, a));
    }

    @Property
    void a_municipality_lists_exactly_the_codes_that_locate_to_it(@ForAll("municipalities") Area municipality) {
        for (PostalCode code : municipality.postalCodes()) {
            assertThat(GEOGRAPHY.locate(code).municipalities()).contains(municipality.code());
        }
    }

    @Provide
    Arbitrary<AreaCode> areaCodes() {
        return Arbitraries.of(GEOGRAPHY.areas().stream().map(Area::code).toList());
    }

    @Provide
    Arbitrary<Area> municipalities() {
        List<Area> municipalities = GEOGRAPHY.areas().stream()
                .filter(area -> area.kind() == AreaKind.MUNICIPALITY)
                .toList();
        return Arbitraries.of(municipalities);
    }

    @Provide
    Arbitrary<String> notFourDigits() {
        return Arbitraries.strings().ofMaxLength(8).filter(text -> !text.strip().matches("[0-9]{4}"));
    }
}

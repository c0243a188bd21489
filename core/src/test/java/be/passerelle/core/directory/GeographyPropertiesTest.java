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
import be.passerelle.core.testing.PropertyTest;
import be.passerelle.core.testing.Samples;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GeographyPropertiesTest {
    private static final Geography GEOGRAPHY = BelgianNetworkFixture.geography();
    private static final List<AreaCode> AREA_CODES =
            GEOGRAPHY.areas().stream().map(Area::code).toList();

    /** Postal codes from 1000 to 9999, with the bounds of Brussels and of the German-speaking codes. */
    static Stream<Arguments> postalCodes() {
        return Samples.of(1_000, random -> random.nextInt(1000, 10_000))
                .withExamples(1000, 1001, 1299, 1300, 4699, 4700, 4799, 4800, 9998, 9999)
                .stream();
    }

    /** Postal codes from 1300 to 9999 (outside Brussels). */
    static Stream<Arguments> postalCodesOutsideBrussels() {
        return Samples.of(1_000, random -> random.nextInt(1300, 10_000))
                .withExamples(1300, 1301, 4699, 4700, 4799, 4800, 9998, 9999)
                .stream();
    }

    /** Every Brussels postal code, 1000 to 1299. */
    static IntStream brusselsPostalCodes() {
        return IntStream.rangeClosed(1000, 1299);
    }

    /** Every postal code of the German-speaking Community, 4700 to 4799. */
    static IntStream germanSpeakingPostalCodes() {
        return IntStream.rangeClosed(4700, 4799);
    }

    /** Every number from 0 to 999. */
    static IntStream numbersBelow1000() {
        return IntStream.rangeClosed(0, 999);
    }

    @PropertyTest
    @MethodSource("postalCodes")
    void every_valid_postal_code_resolves_to_exactly_one_region(int code) {
        PostalLocation location = GEOGRAPHY.locate(new PostalCode(code));

        long regionsHolding = GEOGRAPHY.areas().stream()
                .filter(area -> area.kind() == AreaKind.REGION)
                .filter(area -> GEOGRAPHY.overlaps(area.code(), location.region()))
                .count();
        assertThat(regionsHolding).isEqualTo(1);
        assertThat(GEOGRAPHY.covers(location.region(), location.postalCode())).isTrue();
    }

    @PropertyTest
    @MethodSource("postalCodes")
    void every_valid_postal_code_has_a_community(int code) {
        PostalLocation location = GEOGRAPHY.locate(new PostalCode(code));

        assertThat(location.communities()).isNotEmpty().hasSizeLessThanOrEqualTo(2);
        assertThat(GEOGRAPHY.covers(BELGIUM, location.region())).isTrue();
    }

    @PropertyTest
    @MethodSource("brusselsPostalCodes")
    void every_brussels_code_is_in_both_fwb_and_vg_and_in_no_province(int code) {
        PostalLocation location = GEOGRAPHY.locate(new PostalCode(code));

        assertThat(location.region()).isEqualTo(BRUSSELS);
        assertThat(location.communities()).containsExactlyInAnyOrder(FRENCH_COMMUNITY, FLEMISH_COMMUNITY);
        assertThat(location.province()).isEmpty();
    }

    @PropertyTest
    @MethodSource("postalCodesOutsideBrussels")
    void only_brussels_codes_belong_to_two_communities(int code) {
        assertThat(GEOGRAPHY.locate(new PostalCode(code)).communities()).hasSize(1);
    }

    @PropertyTest
    @MethodSource("germanSpeakingPostalCodes")
    void codes_4700_to_4799_are_german_speaking_inside_the_walloon_region(int code) {
        PostalLocation location = GEOGRAPHY.locate(new PostalCode(code));

        assertThat(location.region()).isEqualTo(WALLOON_REGION);
        assertThat(location.communities()).containsExactly(GERMAN_COMMUNITY);
    }

    @PropertyTest
    @MethodSource("postalCodesOutsideBrussels")
    void outside_brussels_every_code_lies_in_exactly_one_province(int code) {
        assertThat(GEOGRAPHY.locate(new PostalCode(code)).province()).isPresent();
    }

    @PropertyTest
    @MethodSource("postalCodesOutsideBrussels")
    void a_province_and_its_region_agree(int code) {
        PostalLocation location = GEOGRAPHY.locate(new PostalCode(code));

        assertThat(GEOGRAPHY.covers(location.region(), location.province().orElseThrow()))
                .isTrue();
    }

    @PropertyTest
    @MethodSource("numbersBelow1000")
    void numbers_below_1000_are_never_postal_codes(int number) {
        String text = String.format("%04d", number);
        assertThatThrownBy(() -> GEOGRAPHY.locate(text)).isInstanceOf(InvalidInput.class);
    }

    /**
     * Text of up to 8 characters that is not four ASCII digits once stripped: near misses (digits,
     * blanks, signs, non-ASCII digits) as often as any character at all.
     */
    static Stream<Arguments> notFourDigits() {
        return Samples.of(1_000, GeographyPropertiesTest::notFourDigits)
                .withExamples(
                        "",
                        " ",
                        "\t",
                        "123",
                        "12345",
                        "12 34",
                        "+123",
                        "-123",
                        "0x12",
                        "1e3",
                        "\uff11\uff12\uff13\uff14",
                        "\u0661\u0662\u0663\u0664",
                        "1234\u0000")
                .stream();
    }

    private static String notFourDigits(RandomGenerator random) {
        String nearMisses = "0123456789 \t\n+-.,eE\u00a0\u2007\u0661\uff11";
        while (true) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(0, 9);
            for (int i = 0; i < length; i++) {
                text.append(
                        random.nextBoolean()
                                ? nearMisses.charAt(random.nextInt(nearMisses.length()))
                                : (char) random.nextInt(Character.MIN_VALUE, Character.MAX_VALUE + 1));
            }
            if (!text.toString().strip().matches("[0-9]{4}")) {
                return text.toString();
            }
        }
    }

    @PropertyTest
    @MethodSource("notFourDigits")
    void text_that_is_not_four_digits_is_invalid(String text) {
        assertThatThrownBy(() -> GEOGRAPHY.locate(text)).isInstanceOf(InvalidInput.class);
    }

    /** Every area. */
    static Stream<AreaCode> areaCodes() {
        return AREA_CODES.stream();
    }

    /** Every ordered pair of areas. */
    static Stream<Arguments> areaPairs() {
        return AREA_CODES.stream().flatMap(a -> AREA_CODES.stream().map(b -> Arguments.of(a, b)));
    }

    @PropertyTest
    @MethodSource("areaCodes")
    void covering_is_reflexive(AreaCode area) {
        assertThat(GEOGRAPHY.covers(area, area)).isTrue();
        assertThat(GEOGRAPHY.overlaps(area, area)).isTrue();
    }

    /** Every triple of areas: each pair, then every third area. */
    @PropertyTest
    @MethodSource("areaPairs")
    void covering_is_transitive(AreaCode a, AreaCode b) {
        for (AreaCode c : AREA_CODES) {
            if (GEOGRAPHY.covers(a, b) && GEOGRAPHY.covers(b, c)) {
                assertThat(GEOGRAPHY.covers(a, c)).as("%s covers %s", a, c).isTrue();
            }
        }
    }

    @PropertyTest
    @MethodSource("areaPairs")
    void mutual_covering_means_the_same_places(AreaCode a, AreaCode b) {
        if (GEOGRAPHY.covers(a, b) && GEOGRAPHY.covers(b, a)) {
            assertThat(GEOGRAPHY.extent(a)).isEqualTo(GEOGRAPHY.extent(b));
        }
    }

    @PropertyTest
    @MethodSource("areaPairs")
    void covering_implies_overlapping(AreaCode a, AreaCode b) {
        if (GEOGRAPHY.covers(a, b)) {
            assertThat(GEOGRAPHY.overlaps(a, b)).isTrue();
        }
        assertThat(GEOGRAPHY.overlaps(a, b)).isEqualTo(GEOGRAPHY.overlaps(b, a));
    }

    /** Every municipality. */
    static Stream<Area> municipalities() {
        return GEOGRAPHY.areas().stream().filter(area -> area.kind() == AreaKind.MUNICIPALITY);
    }

    @PropertyTest
    @MethodSource("municipalities")
    void a_municipality_lists_exactly_the_codes_that_locate_to_it(Area municipality) {
        for (PostalCode code : municipality.postalCodes()) {
            assertThat(GEOGRAPHY.locate(code).municipalities()).contains(municipality.code());
        }
    }
}

package be.passerelle.core.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.testing.PropertyTest;
import be.passerelle.core.testing.Samples;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AccessCodeTest {

    @Test
    void code_carries_at_least_60_bits_of_randomness() {
        double bits = AccessCode.LENGTH * (Math.log(AccessCode.ALPHABET.length()) / Math.log(2));

        assertThat(AccessCode.ENTROPY_BITS).isEqualTo(65);
        assertThat(bits).isGreaterThanOrEqualTo(60.0).isEqualTo(65.0);
    }

    @Test
    void alphabet_is_crockford_base32() {
        assertThat(AccessCode.ALPHABET).isEqualTo("0123456789ABCDEFGHJKMNPQRSTVWXYZ");
        assertThat(AccessCode.ALPHABET.chars().distinct().count()).isEqualTo(32);
    }

    @Test
    void each_character_is_drawn_uniformly_from_the_whole_alphabet() {
        ScriptedRandom random = new ScriptedRandom(0, 31, 1, 30, 2, 29, 3, 28, 4, 27, 5, 26, 6);

        AccessCode code = AccessCode.generate(random);

        assertThat(code.value()).isEqualTo("0Z1Y2X3W4V5T6");
        assertThat(random.bounds).hasSize(13).containsOnly(32);
    }

    @Test
    void codes_from_a_secure_source_do_not_repeat() {
        SecureRandom random = new SecureRandom();
        Set<AccessCode> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(AccessCode.generate(random))).isTrue();
        }
    }

    @Test
    void code_is_shown_in_groups_of_four_four_and_five() {
        assertThat(new AccessCode("7K3M9QXAB2C4D").formatted()).isEqualTo("7K3M-9QXA-B2C4D");
    }

    @Test
    void code_never_shows_in_to_string() {
        AccessCode code = new AccessCode("7K3M9QXAB2C4D");

        assertThat(code.toString()).doesNotContain("7K3M").isEqualTo("AccessCode[hidden]");
    }

    @Test
    void parse_reads_the_code_the_crockford_way() {
        AccessCode expected = new AccessCode("7K3M9QXAB2C40");

        assertThat(AccessCode.parse("7k3m-9qxa-b2c4o")).contains(expected);
        assertThat(AccessCode.parse(" 7K3M 9QXA B2C40 ")).contains(expected);
        assertThat(AccessCode.parse("i0l1-0000-00000")).contains(new AccessCode("1011000000000"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "7K3M9QXAB2C4", "7K3M9QXAB2C4DD", "7K3M9QXAB2C4U", "7K3M9QXAB2C4*", "7K3M9QXAB2C4D0"})
    void malformed_codes_are_refused(String typed) {
        assertThat(AccessCode.parse(typed)).isEmpty();
    }

    @Test
    void a_code_value_must_be_canonical() {
        assertThatThrownBy(() -> new AccessCode("7k3m9qxab2c4d")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new AccessCode("7K3M-9QXA-B2C4D")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new AccessCode("7K3M9QXAB2C4O")).isInstanceOf(InvalidInput.class);
    }

    static Stream<Arguments> seeds() {
        return Samples.of(1_000, RandomGenerator::nextLong)
                .withExamples(Long.MIN_VALUE, -1L, 0L, 1L, Long.MAX_VALUE)
                .stream();
    }

    @PropertyTest
    @MethodSource("seeds")
    void what_the_citizen_is_given_parses_back_to_the_code(long seed) {
        AccessCode code = AccessCode.generate(new SplittableRandom(seed));

        assertThat(AccessCode.parse(code.formatted())).contains(code);
        assertThat(AccessCode.parse(code.formatted().toLowerCase(Locale.ROOT))).contains(code);
        assertThat(AccessCode.parse(code.value())).contains(code);
    }
}

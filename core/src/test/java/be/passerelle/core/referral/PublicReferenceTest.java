package be.passerelle.core.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.testing.PropertyTest;
import be.passerelle.core.testing.Samples;
import java.time.Instant;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicReferenceTest {
    private static final Instant IN_2026 = Instant.parse("2026-05-04T10:00:00Z");

    @Test
    void reference_is_prefix_year_and_six_characters_of_the_alphabet() {
        PublicReference reference = PublicReference.generate(IN_2026, new ScriptedRandom(5, 17, 1, 18, 7, 21));

        assertThat(reference.value()).isEqualTo("PSR-2026-7K3M9Q");
        assertThat(reference).hasToString("PSR-2026-7K3M9Q");
        assertThat(reference.year()).isEqualTo(2026);
    }

    @Test
    void each_character_is_drawn_uniformly_from_the_whole_alphabet() {
        ScriptedRandom random = new ScriptedRandom(0, 29, 0, 29, 0, 29);

        assertThat(PublicReference.generate(IN_2026, random).value()).isEqualTo("PSR-2026-2Z2Z2Z");
        assertThat(random.bounds).containsExactly(30, 30, 30, 30, 30, 30);
    }

    @Test
    void alphabet_has_thirty_distinct_characters_and_none_that_reads_ambiguously() {
        assertThat(PublicReference.ALPHABET).hasSize(30);
        assertThat(PublicReference.ALPHABET.chars().distinct().count()).isEqualTo(30);
        assertThat(PublicReference.ALPHABET).doesNotContain("0", "1", "I", "L", "O", "U");
        assertThat(PublicReference.ALPHABET).matches("[2-9A-Z]+");
    }

    @Test
    void the_year_is_the_year_of_creation_in_brussels() {
        Instant newYearInBrussels = Instant.parse("2025-12-31T23:30:00Z");

        assertThat(PublicReference.generate(newYearInBrussels, new SplittableRandom(1))
                        .year())
                .isEqualTo(2026);
    }

    @Test
    void parse_accepts_what_a_citizen_types_in_lower_case_with_spaces() {
        assertThat(PublicReference.parse("  psr-2026-7k3m9q \n")).contains(new PublicReference("PSR-2026-7K3M9Q"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "PSR-2026-7K3M9",
                "PSR-2026-7K3M9QQ",
                "PSR-26-7K3M9Q",
                "XYZ-2026-7K3M9Q",
                "PSR-2026-7K3M0Q",
                "PSR-2026-7K3MOQ",
                "PSR-2026-7K3M1Q",
                "PSR-2026-7K3MIQ",
                "PSR-1999-7K3M9Q",
                "PSR 2026 7K3M9Q",
                "PSR-2026-7K3M9Q;"
            })
    void malformed_references_are_refused(String typed) {
        assertThat(PublicReference.parse(typed)).isEmpty();
        assertThatThrownBy(() -> new PublicReference(typed)).isInstanceOf(InvalidInput.class);
    }

    /** 2000-01-01T00:00:00Z to 2099-12-31T23:59:59Z. */
    private static final long FIRST_SECOND = 946_684_800L;

    private static final long LAST_SECOND = 4_102_444_799L;

    /** A seed for the reference's random characters, and the second of its creation. */
    static Stream<Arguments> creations() {
        return Samples.ofArguments(
                1_000, random -> Arguments.of(random.nextLong(), random.nextLong(FIRST_SECOND, LAST_SECOND + 1)))
                .withExampleArguments(
                        Arguments.of(0L, FIRST_SECOND),
                        Arguments.of(Long.MIN_VALUE, LAST_SECOND),
                        Arguments.of(Long.MAX_VALUE, LAST_SECOND),
                        // the last second of 2025 and the first of 2026 in Brussels (UTC+1 in winter)
                        Arguments.of(1L, Instant.parse("2025-12-31T22:59:59Z").getEpochSecond()),
                        Arguments.of(-1L, Instant.parse("2025-12-31T23:00:00Z").getEpochSecond()))
                .stream();
    }

    @PropertyTest
    @MethodSource("creations")
    void every_generated_reference_parses_back_to_itself(long seed, long epochSecond) {
        Instant createdAt = Instant.ofEpochSecond(epochSecond);
        PublicReference reference = PublicReference.generate(createdAt, new SplittableRandom(seed));

        assertThat(PublicReference.parse(reference.value().toLowerCase(Locale.ROOT)))
                .contains(reference);
        assertThat(reference.year()).isEqualTo(BelgianCalendar.dayOf(createdAt).getYear());
    }
}

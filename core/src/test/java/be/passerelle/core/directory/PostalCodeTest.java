package be.passerelle.core.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostalCodeTest {

    @Test
    void four_digits_parse_to_a_postal_code() {
        assertThat(PostalCode.parse("1050")).isEqualTo(new PostalCode(1050));
        assertThat(PostalCode.parse(" 4700 ").value()).isEqualTo(4700);
    }

    @Test
    void postal_code_0999_is_invalid() {
        assertThatThrownBy(() -> PostalCode.parse("0999")).isInstanceOf(InvalidInput.class);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "999", "10000", "1O50", "-100", "+100", "12 3", "１０５０", "B-1050"})
    void malformed_postal_codes_are_invalid(String text) {
        assertThatThrownBy(() -> PostalCode.parse(text)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void values_outside_1000_to_9999_are_invalid() {
        assertThatThrownBy(() -> new PostalCode(999)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new PostalCode(10000)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_range_must_not_end_before_it_starts() {
        assertThatThrownBy(() -> PostalRange.of(2000, 1999)).isInstanceOf(InvalidInput.class);
        assertThat(PostalRange.of(1000, 1299).contains(new PostalCode(1299))).isTrue();
        assertThat(PostalRange.of(1000, 1299).contains(new PostalCode(1300))).isFalse();
    }
}

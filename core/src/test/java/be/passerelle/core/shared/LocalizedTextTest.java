package be.passerelle.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    @Test
    void the_requested_language_comes_first() {
        LocalizedText names = new LocalizedText(Map.of(Language.FR, "Médiateur", Language.EN, "Ombudsman"));
        assertThat(names.in(Language.FR, List.of(Language.FR))).isEqualTo("Médiateur");
    }

    @Test
    void a_missing_language_falls_back_to_english() {
        LocalizedText names = new LocalizedText(Map.of(Language.NL, "Ombudsman NL", Language.EN, "Ombudsman EN"));
        assertThat(names.in(Language.DE, List.of(Language.NL))).isEqualTo("Ombudsman EN");
    }

    @Test
    void without_english_the_institutions_first_language_is_used() {
        LocalizedText names = new LocalizedText(Map.of(Language.FR, "Médiateur", Language.NL, "Ombudsman"));
        assertThat(names.in(Language.DE, List.of(Language.NL, Language.FR))).isEqualTo("Ombudsman");
    }

    @Test
    void french_or_dutch_is_required() {
        assertThatThrownBy(() -> new LocalizedText(Map.of(Language.EN, "Ombudsman")))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new LocalizedText(Map.of(Language.FR, "  "))).isInstanceOf(InvalidInput.class);
    }
}

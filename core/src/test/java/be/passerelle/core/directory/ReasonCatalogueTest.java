package be.passerelle.core.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.shared.Language;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReasonCatalogueTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    @ParameterizedTest
    @EnumSource(ReasonCode.class)
    void every_reason_has_a_text_in_each_language_naming_exactly_its_parameters(ReasonCode code) {
        for (Language language : Language.values()) {
            String text = ReasonCatalogue.template(code, language);
            assertThat(text).as(code + " in " + language).isNotBlank();
            assertThat(placeholders(text)).as(code + " in " + language).isEqualTo(Set.copyOf(code.parameters()));
        }
    }

    @ParameterizedTest
    @EnumSource(ReasonCode.class)
    void the_four_texts_of_a_reason_differ(ReasonCode code) {
        Set<String> texts = new LinkedHashSet<>();
        for (Language language : Language.values()) {
            texts.add(ReasonCatalogue.template(code, language));
        }
        assertThat(texts).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void levels_and_languages_are_named_in_each_language() {
        for (Language language : Language.values()) {
            for (AdminLevel level : AdminLevel.values()) {
                assertThat(ReasonCatalogue.label(level, language)).isNotBlank();
            }
            for (Language named : Language.values()) {
                assertThat(ReasonCatalogue.label(named, language)).isNotBlank();
            }
        }
    }

    @Test
    void rendering_labels_levels_and_languages_itself_and_joins_lists() {
        assertThat(ReasonCatalogue.render(
                        Reason.of(ReasonCode.COMPETENT_FOR_LEVEL, "level", AdminLevel.LOCAL),
                        Language.FR,
                        ReasonCatalogue.Labeller.codes()))
                .isEqualTo("Compétent pour les administrations locales.");
        assertThat(ReasonCatalogue.render(
                        Reason.of(ReasonCode.DOES_NOT_SERVE_LANGUAGE, "language", "de"),
                        Language.NL,
                        ReasonCatalogue.Labeller.codes()))
                .isEqualTo("Werkt niet in het Duits.");
        assertThat(ReasonCatalogue.render(
                        Reason.of(ReasonCode.EXCEPT_BODIES, "bodies", List.of("SNCB-NMBS", "BPOST")),
                        Language.EN,
                        (kind, code, language) -> kind + ":" + code))
                .isEqualTo("Except complaints about BODY:SNCB-NMBS, BODY:BPOST, which have their own ombudsman.");
    }

    @Test
    void a_reason_carries_exactly_the_parameters_of_its_code() {
        assertThatThrownBy(() -> Reason.of(ReasonCode.SECTOR_MATCHED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Reason.of(ReasonCode.ANONYMOUS_NOT_ACCEPTED, "sector", "energy"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Reason.of(ReasonCode.COMPLAINT_AGE_LIMIT, "months", 12).values("months"))
                .containsExactly("12");
    }

    @Test
    void every_parameter_name_has_a_known_kind() {
        for (ReasonCode code : ReasonCode.values()) {
            for (String parameter : code.parameters()) {
                ReasonCatalogue.ParameterKind kind = ReasonCatalogue.kindOf(parameter);
                if (kind == ReasonCatalogue.ParameterKind.LITERAL) {
                    assertThat(parameter).isIn("postalCode", "months");
                }
            }
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}

package be.passerelle.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.TenantSlug;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantSlugTest {

    @ParameterizedTest
    @ValueSource(strings = {"federal-ombudsman", "dgde", "a", "ombuds-bruxelles-2"})
    void accepts_lower_case_words_with_inner_hyphens(String slug) {
        assertThat(new TenantSlug(slug).value()).isEqualTo(slug);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-lead", "trail-", "Upper", "with space", "../etc", "é-accent"})
    void refuses_anything_else(String slug) {
        assertThatThrownBy(() -> new TenantSlug(slug)).isInstanceOf(InvalidInput.class);
    }
}

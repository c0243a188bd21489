package be.passerelle.api.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.shared.StaleVersion;
import org.junit.jupiter.api.Test;

class ETagsTest {

    @Test
    void an_etag_is_the_quoted_version_and_if_match_reads_it_back() {
        assertThat(ETags.of(3)).isEqualTo("\"3\"");
        assertThat(ETags.required(ETags.of(3))).contains(3);
        assertThat(ETags.required("W/\"3\"")).contains(3);
    }

    @Test
    void no_if_match_or_a_star_requires_no_version() {
        assertThat(ETags.required(null)).isEmpty();
        assertThat(ETags.required("*")).isEmpty();
    }

    @Test
    void a_tag_that_is_no_version_never_matches() {
        assertThatThrownBy(() -> ETags.required("\"abc\"")).isInstanceOf(StaleVersion.class);
        assertThatThrownBy(() -> ETags.required("3")).isInstanceOf(StaleVersion.class);
    }
}

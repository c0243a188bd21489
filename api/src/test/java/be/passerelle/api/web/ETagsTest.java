package be.passerelle.api.web;

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

    @Test
    void a_change_that_needs_a_tag_reads_none_as_absent_and_a_foreign_one_as_a_version_nothing_has() {
        assertThat(ETags.named(null)).isEmpty();
        assertThat(ETags.named(" ")).isEmpty();
        assertThat(ETags.named(ETags.of(7))).contains(7);
        assertThat(ETags.named("W/\"7\"")).contains(7);
        assertThat(ETags.named("*")).contains(-1);
        assertThat(ETags.named("\"seven\"")).contains(-1);
    }
}

package be.passerelle.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LineSuppressionTest {

    private static Map<String, Long> line(Object... keysAndCounts) {
        Map<String, Long> cells = new LinkedHashMap<>();
        for (int i = 0; i < keysAndCounts.length; i += 2) {
            cells.put((String) keysAndCounts[i], ((Integer) keysAndCounts[i + 1]).longValue());
        }
        return cells;
    }

    @Test
    void a_line_without_small_cells_hides_nothing() {
        assertThat(LineSuppression.protect(line("a", 5, "b", 0, "c", 40), Set.of()))
                .contains(Set.of());
    }

    @Test
    void a_lone_small_cell_takes_the_smallest_other_cell_with_it() {
        assertThat(LineSuppression.protect(line("a", 3, "b", 20, "c", 10, "d", 12), Set.of()))
                .contains(Set.of("a", "c"));
    }

    @Test
    void two_small_cells_that_could_only_be_ones_take_a_third_cell_with_them() {
        // hidden 1 + 1 under a known total: both must be 1
        assertThat(LineSuppression.protect(line("a", 1, "b", 1, "c", 10, "d", 30), Set.of()))
                .contains(Set.of("a", "b", "c"));
    }

    @Test
    void two_small_cells_with_slack_are_enough() {
        assertThat(LineSuppression.protect(line("a", 2, "b", 3, "c", 10), Set.of()))
                .contains(Set.of("a", "b"));
    }

    @Test
    void a_line_of_one_and_five_cannot_be_protected_under_a_known_total() {
        // hidden 1 (small) + 5 (not small) adding up to 6: only 1 + 5 fits
        assertThat(LineSuppression.protect(line("a", 1, "b", 5), Set.of())).isEqualTo(Optional.empty());
    }

    @Test
    void a_forced_cell_is_hidden_and_protected_like_the_others() {
        assertThat(LineSuppression.protect(line("a", 7, "b", 9, "c", 30), Set.of("a")))
                .contains(Set.of("a", "b"));
    }
}

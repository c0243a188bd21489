package be.passerelle.core.directory;

import static be.passerelle.core.directory.AreaCode.BELGIUM;
import static be.passerelle.core.directory.AreaCode.BRUSSELS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.shared.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CompetenceTest {

    @Test
    void a_competence_needs_a_territory() {
        assertThatThrownBy(() -> new Competence(
                        Optional.empty(), Optional.of(AdminLevel.FEDERAL), List.of(), List.of(), List.of(), List.of()))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("territory");
    }

    @Test
    void an_area_cannot_be_both_in_the_territory_and_excluded() {
        assertThatThrownBy(() -> Competence.forLevel(AdminLevel.LOCAL, BRUSSELS).excludingAreas(BRUSSELS))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_competence_for_named_bodies_cannot_also_exclude_bodies() {
        assertThatThrownBy(() -> new Competence(
                        Optional.empty(),
                        Optional.empty(),
                        List.of(BRUSSELS),
                        List.of("STIB-MIVB"),
                        List.of(),
                        List.of("VIVAQUA")))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void lists_must_not_repeat_a_value() {
        assertThatThrownBy(() -> Competence.forLevel(AdminLevel.FEDERAL, BELGIUM, BELGIUM))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("twice");
        assertThatThrownBy(
                        () -> Competence.forLevel(AdminLevel.FEDERAL, BELGIUM).excludingBodies("BPOST", "BPOST"))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void codes_must_be_well_formed() {
        assertThatThrownBy(() -> Competence.forSector("Energy", AdminLevel.PRIVATE, BELGIUM))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(
                        () -> Competence.forLevel(AdminLevel.FEDERAL, BELGIUM).excludingBodies("bpost"))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void the_lists_are_copied() {
        ArrayList<AreaCode> territory = new ArrayList<>(List.of(BELGIUM));
        Competence competence = new Competence(
                Optional.empty(), Optional.of(AdminLevel.FEDERAL), territory, List.of(), List.of(), List.of());
        territory.add(BRUSSELS);

        assertThat(competence.territory()).containsExactly(BELGIUM);
        assertThatThrownBy(() -> competence.territory().add(BRUSSELS))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_complaint_age_limit_is_a_positive_number_of_months() {
        assertThatThrownBy(() -> new Admissibility(true, OptionalInt.of(0), false, false))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new Admissibility(true, OptionalInt.of(601), false, false))
                .isInstanceOf(InvalidInput.class);
        assertThat(new Admissibility(true, null, false, true).maxComplaintAgeMonths())
                .isEmpty();
    }
}

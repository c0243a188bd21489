package be.passerelle.web.admin.reports;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.client.model.FieldError;
import be.passerelle.client.model.SectorResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class ReportViewTest {
    private final StaticMessageSource messages = new StaticMessageSource();
    private final ReportView view;

    ReportViewTest() {
        messages.addMessage("reports.field.admissible", Locale.FRENCH, "Recevables");
        messages.addMessage("reports.field.language-fr", Locale.FRENCH, "Français");
        messages.addMessage("reports.error.sum.admissible", Locale.FRENCH, "Trop de plaintes recevables");
        messages.addMessage("reports.error.sum.byLanguage", Locale.FRENCH, "Trop de langues");
        messages.addMessage("reports.error.year", Locale.FRENCH, "Année impossible");
        messages.addMessage("reports.error.required", Locale.FRENCH, "Saisissez un nombre.");
        view = new ReportView(messages, Locale.FRENCH, List.of(sector("energy", "Énergie")));
    }

    @Test
    void the_apis_errors_land_next_to_their_fields_in_the_users_language_with_the_apis_text() {
        Map<String, List<ReportView.Message>> errors = view.apiErrors(List.of(
                error("admissible", "admissible + inadmissible (130) exceed complaintsReceived (100)"),
                error("byLanguage", "the language counts (200) exceed complaintsReceived (100)"),
                error("year", "a report cannot be for a year in the future (2999)")));

        assertThat(errors.get("admissible"))
                .containsExactly(new ReportView.Message(
                        "Trop de plaintes recevables",
                        "admissible + inadmissible (130) exceed complaintsReceived (100)"));
        assertThat(errors.get("language-fr"))
                .extracting(ReportView.Message::text)
                .containsExactly("Trop de langues");
        assertThat(errors.get("")).extracting(ReportView.Message::text).containsExactly("Année impossible");

        List<ReportView.Group> groups = view.groups(Map.of("admissible", "130"), errors);
        ReportView.Field admissible = field(groups, "admissible");
        assertThat(admissible.invalid()).isTrue();
        assertThat(admissible.errorId()).isEqualTo("admissible-error");
        assertThat(admissible.value()).isEqualTo("130");
        assertThat(field(groups, "complaintsReceived").invalid()).isFalse();

        // the summary: the rules without a field first, then in the order of the form, each linking to its field
        assertThat(ReportView.summary(groups, errors))
                .extracting(ReportView.SummaryItem::fieldId, ReportView.SummaryItem::label)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, null),
                        org.assertj.core.groups.Tuple.tuple("admissible", "Recevables"),
                        org.assertj.core.groups.Tuple.tuple("language-fr", "Français"));
    }

    @Test
    void sectors_are_a_group_of_their_own_before_the_languages_and_keep_a_sector_no_longer_in_the_taxonomy() {
        List<ReportView.Group> groups = view.groups(Map.of("sector-energy", "3", "sector-retired", "2"), Map.of());

        assertThat(groups)
                .extracting(ReportView.Group::id)
                .containsExactly(
                        "intake", "admissibility", "judgement", "resolution", "handling", "sectors", "languages");
        ReportView.Group sectors = groups.get(5);
        assertThat(sectors.fields())
                .extracting(ReportView.Field::id, ReportView.Field::label, ReportView.Field::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("sector-energy", "Énergie", "3"),
                        org.assertj.core.groups.Tuple.tuple("sector-retired", "retired", "2"));
    }

    @Test
    void the_pages_own_refusals_are_shown_without_an_api_text() {
        Map<String, List<ReportView.Message>> errors = view.pageErrors(Map.of("closed", "reports.error.required"));

        assertThat(errors.get("closed")).containsExactly(new ReportView.Message("Saisissez un nombre.", null));
    }

    private static ReportView.Field field(List<ReportView.Group> groups, String id) {
        return groups.stream()
                .flatMap(g -> g.fields().stream())
                .filter(f -> f.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static FieldError error(String field, String message) {
        return new FieldError().field(field).message(message);
    }

    private static SectorResponse sector(String code, String label) {
        SectorResponse sector = new SectorResponse();
        sector.setCode(code);
        sector.setLabel(label);
        return sector;
    }
}

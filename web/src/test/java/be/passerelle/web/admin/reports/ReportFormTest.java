package be.passerelle.web.admin.reports;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.client.model.AnnualFiguresBody;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportFormTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "complaintsReceived, complaintsReceived",
        "noJudgement, noJudgement",
        "medianHandlingDays, medianHandlingDays",
        "handlingDaysBuckets.0-20, days-upTo20",
        "handlingDaysBuckets.21-45, days-from21To45",
        "handlingDaysBuckets.46-90, days-from46To90",
        "handlingDaysBuckets.>90, days-over90",
        "handlingDaysBuckets, days-upTo20",
        "byLanguage.de, language-de",
        "byLanguage.other, language-other",
        "byLanguage, language-fr",
        "bySector.energy, sector-energy",
        "bySector, sector-banking",
    })
    void every_field_path_of_the_api_lands_on_its_form_field(String apiField, String formField) {
        assertThat(ReportForm.fieldOf(apiField, "banking")).isEqualTo(formField);
    }

    @Test
    void paths_the_form_has_no_field_for_go_to_the_summary_only() {
        assertThat(ReportForm.fieldOf("year", "banking")).isNull();
        assertThat(ReportForm.fieldOf("byLanguage.xx", "banking")).isNull();
        assertThat(ReportForm.fieldOf("bySector.<script>", "banking")).isNull();
        assertThat(ReportForm.fieldOf("bySector", null)).isNull();
        assertThat(ReportForm.fieldOf(null, "banking")).isNull();
        assertThat(ReportForm.fieldOf("handlingDaysBuckets.99", "banking")).isNull();
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "admissible|admissible + inadmissible (130) exceed complaintsReceived (100)|reports.error.sum.admissible",
                "admissible|must not be negative|reports.error.count",
                "founded|founded + partlyFounded + unfounded + noJudgement (70) exceed closed (60)|reports.error.sum.founded",
                "resolved|resolved + partlyResolved + unresolved (61) exceed closed (60)|reports.error.sum.resolved",
                "handlingDaysBuckets|the handling-time buckets (70) exceed closed (60)|reports.error.sum.handlingDaysBuckets",
                "bySector|the sector counts (200) exceed complaintsReceived (100)|reports.error.sum.bySector",
                "byLanguage|the language counts (200) exceed complaintsReceived (100)|reports.error.sum.byLanguage",
                "bySector.nope|unknown sector nope (see the sector taxonomy)|reports.error.sector",
                "bySector.energy|must not be negative|reports.error.count",
                "medianHandlingDays|at most one decimal|reports.error.median",
                "year|a report cannot be for a year in the future (2999)|reports.error.year",
                "closed|must be at most 10000000|reports.error.count",
            })
    void each_rule_gets_the_pages_own_message(String field, String apiMessage, String key) {
        assertThat(ReportForm.messageKeyOf(field, apiMessage)).isEqualTo(key);
    }

    @Test
    void a_complete_form_reads_into_the_apis_body_and_back() {
        Map<String, String> posted = complete();
        posted.put("medianHandlingDays", "30,5");
        posted.put("sector-energy", " 40 ");
        posted.put("sector-banking", "");

        ReportForm.Read read = ReportForm.read(posted, List.of("energy", "banking"));

        assertThat(read.complete()).isTrue();
        AnnualFiguresBody body = read.body();
        assertThat(body.getComplaintsReceived()).isEqualTo(100);
        assertThat(body.getAdmissible()).isEqualTo(5);
        assertThat(body.getMedianHandlingDays()).isEqualByComparingTo(new BigDecimal("30.5"));
        assertThat(body.getHandlingDaysBuckets().getGreaterThan90()).isEqualTo(4);
        assertThat(body.getByLanguage().getOther()).isEqualTo(5);
        assertThat(body.getBySector()).containsExactly(Map.entry("energy", 40));

        Map<String, String> values = ReportForm.values(body);
        assertThat(values)
                .containsEntry("complaintsReceived", "100")
                .containsEntry("days-over90", "4")
                .containsEntry("language-other", "5")
                .containsEntry("sector-energy", "40")
                .containsEntry("medianHandlingDays", "30.5")
                .doesNotContainKey("sector-banking");
    }

    @Test
    void the_buckets_travel_under_the_apis_names_both_ways() throws Exception {
        // the client module puts back the names its generator HTML-escapes (">90" became "&gt;90")
        be.passerelle.client.ApiClient client = new be.passerelle.client.ApiClient();
        AnnualFiguresBody body = ReportForm.read(complete(), List.of()).body();

        String json = client.getObjectMapper().writeValueAsString(body);

        assertThat(json).contains("\"0-20\":5").contains("\">90\":4").doesNotContain("&gt;");
        AnnualFiguresBody read = client.getObjectMapper().readValue(json, AnnualFiguresBody.class);
        assertThat(read.getHandlingDaysBuckets().getGreaterThan90()).isEqualTo(4);
    }

    @Test
    void missing_and_non_numeric_figures_are_refused_on_their_fields_before_the_api_is_asked() {
        Map<String, String> posted = complete();
        posted.put("closed", "");
        posted.put("founded", "twelve");
        posted.put("days-upTo20", "1.5");
        posted.put("medianHandlingDays", "a month");
        posted.put("sector-energy", "x");
        posted.put("language-de", "99999999999");

        ReportForm.Read read = ReportForm.read(posted, List.of("energy"));

        assertThat(read.complete()).isFalse();
        assertThat(read.refused())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "closed", "reports.error.required",
                        "founded", "reports.error.number",
                        "days-upTo20", "reports.error.number",
                        "medianHandlingDays", "reports.error.decimal",
                        "sector-energy", "reports.error.number",
                        "language-de", "reports.error.number"));
    }

    @Test
    void a_negative_figure_goes_to_the_api_which_decides() {
        Map<String, String> posted = complete();
        posted.put("unresolved", "-3");

        ReportForm.Read read = ReportForm.read(posted, List.of());

        assertThat(read.complete()).isTrue();
        assertThat(read.body().getUnresolved()).isEqualTo(-3);
    }

    private static Map<String, String> complete() {
        Map<String, String> posted = new HashMap<>();
        ReportForm.GROUPS.values().forEach(ids -> ids.forEach(id -> posted.put(id, "5")));
        posted.put("complaintsReceived", "100");
        posted.put("days-over90", "4");
        posted.remove("medianHandlingDays");
        return posted;
    }
}

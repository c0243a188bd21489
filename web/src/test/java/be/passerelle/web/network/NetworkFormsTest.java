package be.passerelle.web.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.client.ApiClient;
import be.passerelle.client.ApiException;
import be.passerelle.client.model.CreateTenantBody;
import be.passerelle.client.model.TenantResponse;
import be.passerelle.client.model.UpdateTenantBody;
import be.passerelle.web.api.ApiProblem;
import be.passerelle.web.api.FormRefused;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the network admin's forms become the API's bodies, and where the API's refusals are shown. */
class NetworkFormsTest {
    private static final ObjectMapper JSON = new ApiClient().getObjectMapper();

    @Test
    void the_texts_given_are_stripped_in_language_order_and_empty_ones_left_out() {
        Texts texts = new Texts("  Médiateur ", "", null, " Ombudsman");

        assertThat(texts.given()).containsExactly(Map.entry("fr", "Médiateur"), Map.entry("en", "Ombudsman"));
        assertThat(texts.hasFrenchOrDutch()).isTrue();
        assertThat(new Texts(" ", null, "Ombudsmann", "Ombudsman").hasFrenchOrDutch())
                .isFalse();
        assertThat(new Texts(null, "Ombudsman", null, null).hasFrenchOrDutch()).isTrue();
    }

    @Test
    void a_merge_patch_sends_changed_and_new_texts_removes_emptied_ones_and_leaves_the_rest_out() {
        Map<String, String> stored = Map.of("fr", "Médiateur", "nl", "Ombudsman", "de", "Ombudsmann");

        Map<String, String> changes = new Texts("Médiateur", "Ombudsdienst", " ", "Ombudsman").changesFrom(stored);

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("nl", "Ombudsdienst");
        expected.put("de", null);
        expected.put("en", "Ombudsman");
        assertThat(changes).containsExactlyEntriesOf(expected);
    }

    @Test
    void a_removed_name_goes_over_the_wire_as_json_null() throws Exception {
        TenantResponse stored = tenant(Map.of("fr", "Médiateur", "de", "Ombudsmann"), TenantResponse.KindEnum.LOCAL);

        UpdateTenantBody patch = new TenantForms.Edit("LOCAL", "Médiateur", "", "", "").toPatch(stored);

        assertThat(JSON.writeValueAsString(patch)).isEqualTo("{\"names\":{\"de\":null}}");
    }

    @Test
    void an_edit_that_changes_nothing_sends_nothing_and_the_kind_only_when_it_changed() {
        TenantResponse stored = tenant(Map.of("fr", "Médiateur"), TenantResponse.KindEnum.LOCAL);

        assertThat(new TenantForms.Edit("LOCAL", " Médiateur ", "", "", "").toPatch(stored))
                .isNull();
        UpdateTenantBody kindOnly = new TenantForms.Edit("REGIONAL", "Médiateur", "", "", "").toPatch(stored);
        assertThat(kindOnly.getKind()).isEqualTo(UpdateTenantBody.KindEnum.REGIONAL);
        assertThat(kindOnly.getNames()).isNull();
        UpdateTenantBody namesOnly = new TenantForms.Edit("LOCAL", "Médiatrice", "", "", "").toPatch(stored);
        assertThat(namesOnly.getKind()).isNull();
        assertThat(namesOnly.getNames()).containsExactly(Map.entry("fr", "Médiatrice"));
    }

    @Test
    void an_edit_that_leaves_neither_french_nor_dutch_is_refused_on_the_names() {
        TenantResponse stored = tenant(Map.of("fr", "Médiateur"), TenantResponse.KindEnum.LOCAL);

        assertThatThrownBy(() -> new TenantForms.Edit("LOCAL", "", "", "", "Ombudsman").toPatch(stored))
                .isInstanceOfSatisfying(FormRefused.class, refused -> {
                    assertThat(refused.status()).isEqualTo(400);
                    assertThat(refused.fields()).containsOnlyKeys("names");
                });
    }

    @Test
    void a_new_tenant_form_becomes_the_create_body_with_its_names_by_language() {
        CreateTenantBody body = new TenantForms.Create(
                        " ombuds-x ", "SECTORAL", " admin@example.org ", "Médiateur X", "Ombudsman X", "", "")
                .toBody();

        assertThat(body.getSlug()).isEqualTo("ombuds-x");
        assertThat(body.getKind()).isEqualTo(CreateTenantBody.KindEnum.SECTORAL);
        assertThat(body.getAdminEmail()).isEqualTo("admin@example.org");
        assertThat(body.getNames()).containsExactly(Map.entry("fr", "Médiateur X"), Map.entry("nl", "Ombudsman X"));
    }

    @Test
    void an_unknown_kind_is_left_for_the_api_to_name_and_missing_names_are_refused_first() {
        assertThat(new TenantForms.Create("x", "GALACTIC", "a@example.org", "X", "", "", "")
                        .toBody()
                        .getKind())
                .isNull();
        assertThatThrownBy(() -> new TenantForms.Create("x", "LOCAL", "a@example.org", "", "", "X", "").toBody())
                .isInstanceOfSatisfying(
                        FormRefused.class,
                        refused -> assertThat(refused.fields()).containsOnlyKeys("names"));
    }

    @ParameterizedTest
    @CsvSource({"500, 500", "' 42 ', 42", "100000000, 100000000"})
    void a_whole_number_is_a_rate_limit(String posted, long sent) {
        assertThat(new TenantForms.RateLimit(posted).toBody().getRequestsPerWindow())
                .isEqualTo(sent);
    }

    @ParameterizedTest
    @CsvSource(
            value = {"abc", "-5", "1.5", "''", "null", "9999999999999999999"},
            nullValues = "null")
    void anything_else_is_refused_on_the_rate_limit_field(String posted) {
        assertThatThrownBy(() -> new TenantForms.RateLimit(posted).toBody())
                .isInstanceOfSatisfying(
                        FormRefused.class,
                        refused -> assertThat(refused.fields()).containsOnlyKeys("requestsPerWindow"));
    }

    @ParameterizedTest
    @CsvSource({
        "names[fr], names, fr",
        "names[en], names, en",
        "names.nl, names, nl",
        "names, names, names",
        "labels[de], labels, de",
        "labels, labels, names",
        "slug, names, slug",
        "adminEmail, names, adminEmail"
    })
    void an_api_field_path_is_shown_next_to_its_form_field(String apiField, String group, String formField) {
        assertThat(Texts.formField(apiField, group)).isEqualTo(formField);
    }

    @Test
    void a_form_refusal_keeps_the_problems_fields_and_other_failures_become_problem_pages() {
        String problem = "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
                + "\"errors\":[{\"field\":\"names[fr]\",\"message\":\"size must be between 0 and 200\"},"
                + "{\"field\":\"slug\",\"message\":\"must match\"}]}";

        RuntimeException refused = FormRefused.of(new ApiException(400, "bad", null, problem), JSON);
        RuntimeException taken = FormRefused.of(new ApiException(409, "taken", null, null), JSON);
        RuntimeException down = FormRefused.of(new ApiException(503, "down", null, null), JSON);

        assertThat(refused)
                .isInstanceOfSatisfying(
                        FormRefused.class, r -> assertThat(r.fields()).containsOnlyKeys("names[fr]", "slug"));
        assertThat(taken).isInstanceOfSatisfying(FormRefused.class, r -> {
            assertThat(r.status()).isEqualTo(409);
            assertThat(r.fields()).isEmpty();
        });
        assertThat(down)
                .isInstanceOfSatisfying(
                        ApiProblem.class, p -> assertThat(p.status()).isEqualTo(503));
    }

    @Test
    void a_name_is_shown_in_the_readers_language_else_french_dutch_english_german_with_its_language() {
        Map<String, String> names = Map.of("nl", "Ombudsman", "de", "Ombudsmann");

        assertThat(Texts.pick(names, "de")).isEqualTo(new Texts.Shown("de", "Ombudsmann"));
        assertThat(Texts.pick(names, "en")).isEqualTo(new Texts.Shown("nl", "Ombudsman"));
        assertThat(Texts.pick(Map.of(), "fr")).isEqualTo(new Texts.Shown("fr", ""));
    }

    private static TenantResponse tenant(Map<String, String> names, TenantResponse.KindEnum kind) {
        return new TenantResponse()
                .id(UUID.randomUUID())
                .slug("ombuds-x")
                .kind(kind)
                .names(new HashMap<>(names))
                .languages(List.of(TenantResponse.LanguagesEnum.FR))
                .status(TenantResponse.StatusEnum.ACTIVE)
                .acceptsReferrals(false)
                .acknowledgementWorkingDays(5);
    }
}

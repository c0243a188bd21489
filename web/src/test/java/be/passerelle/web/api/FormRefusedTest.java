package be.passerelle.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.client.ApiException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class FormRefusedTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void a_url_the_api_refuses_is_shown_on_the_url_field_with_the_apis_message() {
        RuntimeException refused = FormRefused.of(
                new ApiException(
                        400,
                        null,
                        "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
                                + "\"detail\":\"the request has invalid fields\","
                                + "\"errors\":[{\"field\":\"url\",\"message\":\"webhooks are sent over https only\"}]}"),
                JSON);

        assertThat(refused).isInstanceOf(FormRefused.class);
        FormRefused.Shown shown = ((FormRefused) refused).shown();
        assertThat(shown.has("url")).isTrue();
        assertThat(shown.message("url")).isEqualTo("webhooks are sent over https only");
        assertThat(shown.detail()).as("the field carries the refusal").isNull();
        assertThat(((FormRefused) refused).status()).isEqualTo(400);
    }

    @Test
    void a_business_rule_without_a_field_shows_the_apis_detail_on_the_form() {
        RuntimeException refused = FormRefused.of(
                new ApiException(
                        422,
                        null,
                        "{\"type\":\"/problems/business-rule\",\"status\":422,\"detail\":\"at most 10 webhooks per owner\"}"),
                JSON);

        FormRefused.Shown shown = ((FormRefused) refused).shown();
        assertThat(shown.fields()).isEmpty();
        assertThat(shown.detail()).isEqualTo("at most 10 webhooks per owner");
    }

    @Test
    void a_body_that_is_no_problem_document_is_a_refusal_without_the_raw_body() {
        FormRefused.Shown shown =
                ((FormRefused) FormRefused.of(new ApiException(400, null, "<html>oops</html>"), JSON)).shown();

        assertThat(shown.fields()).isEmpty();
        assertThat(shown.detail()).isNull();
    }

    @Test
    void other_statuses_are_problem_pages() {
        assertThat(FormRefused.of(new ApiException(403, null, "{}"), JSON))
                .isInstanceOfSatisfying(
                        ApiProblem.class,
                        problem -> assertThat(problem.status()).isEqualTo(403));
        assertThat(FormRefused.of(new ApiException(404, null, "{}"), JSON)).isInstanceOf(ApiProblem.class);
    }

    @Test
    void a_field_the_page_refuses_itself_has_the_pages_own_message() {
        FormRefused.Shown shown = FormRefused.field("events").shown();

        assertThat(shown.has("events")).isTrue();
        assertThat(shown.message("events")).isEmpty();
    }
}

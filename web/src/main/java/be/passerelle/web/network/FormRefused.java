package be.passerelle.web.network;

import be.passerelle.client.ApiException;
import be.passerelle.client.model.FieldError;
import be.passerelle.client.model.Problem;
import be.passerelle.web.api.ApiProblem;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The API (or the page itself, before calling it) refused what a form of the network admin's pages asked:
 * 400 with the problem's field errors, 409 (taken) or 422. The form is shown again with each problem next
 * to its field; any other failure is an {@link ApiProblem} (a problem page).
 */
final class FormRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final Set<Integer> FORM_STATUSES = Set.of(400, 409, 422);

    private final int status;
    private final transient Map<String, String> fields;

    FormRefused(int status, Map<String, String> fields) {
        super("the form was refused: " + status);
        this.status = status;
        this.fields = Map.copyOf(fields);
    }

    /** A refusal for the form, or the API's problem for a problem page. */
    static RuntimeException of(ApiException e, ObjectMapper json) {
        if (!FORM_STATUSES.contains(e.getCode())) {
            return ApiProblem.of(e);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        String body = e.getResponseBody();
        if (body != null && !body.isBlank()) {
            try {
                Problem problem = json.readValue(body, Problem.class);
                if (problem.getErrors() != null) {
                    for (FieldError error : problem.getErrors()) {
                        if (error.getField() != null) {
                            fields.putIfAbsent(error.getField(), String.valueOf(error.getMessage()));
                        }
                    }
                }
            } catch (com.fasterxml.jackson.core.JacksonException unreadable) {
                // no problem document: a refusal of the whole form
            }
        }
        return new FormRefused(e.getCode(), fields);
    }

    int status() {
        return status;
    }

    /** The API's field paths (e.g. {@code names[fr]}) with the API's message for each. */
    Map<String, String> fields() {
        return fields;
    }
}

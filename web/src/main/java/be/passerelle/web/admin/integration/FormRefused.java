package be.passerelle.web.admin.integration;

import be.passerelle.client.ApiException;
import be.passerelle.client.model.FieldError;
import be.passerelle.client.model.Problem;
import be.passerelle.web.api.ApiProblem;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The API (or the page itself) refused what a form asked (400, 409 or 422): the form is shown again with
 * the API's message next to each field it names, and its detail when it names none. Any other failure is
 * an {@link ApiProblem} (a problem page). Never the raw body.
 */
final class FormRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final Set<Integer> FORM_STATUSES = Set.of(400, 409, 422);

    private final int status;
    private final String detail;
    private final transient Map<String, String> fields;

    private FormRefused(int status, String detail, Map<String, String> fields) {
        super("the form was refused: " + status);
        this.status = status;
        this.detail = detail;
        this.fields = Map.copyOf(fields);
    }

    /** A refusal for the form, or the API's problem for a problem page. */
    static RuntimeException of(ApiException e, ObjectMapper json) {
        if (!FORM_STATUSES.contains(e.getCode())) {
            return ApiProblem.of(e);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        String detail = null;
        String body = e.getResponseBody();
        if (body != null && !body.isBlank()) {
            try {
                Problem problem = json.readValue(body, Problem.class);
                detail = problem.getDetail();
                if (problem.getErrors() != null) {
                    for (FieldError error : problem.getErrors()) {
                        if (error.getField() != null) {
                            fields.putIfAbsent(error.getField(), String.valueOf(error.getMessage()));
                        }
                    }
                }
            } catch (com.fasterxml.jackson.core.JacksonException unreadable) {
                // no problem document: a refusal of the whole form, without the API's words
            }
        }
        return new FormRefused(e.getCode(), detail, fields);
    }

    /** A field the page refuses itself before asking the API; the page shows its own message for it. */
    static FormRefused field(String field) {
        return new FormRefused(400, null, Map.of(field, ""));
    }

    int status() {
        return status;
    }

    /**
     * What the form shows.
     *
     * @param fields each refused field with the API's message (empty when the page's own message applies)
     * @param detail the API's detail when no field carries the refusal, else {@code null}
     */
    Shown shown() {
        return new Shown(fields, fields.isEmpty() ? detail : null);
    }

    record Shown(Map<String, String> fields, String detail) {
        public boolean has(String field) {
            return fields.containsKey(field);
        }

        /** The API's message for this field, or {@code ""} for the page's own. */
        public String message(String field) {
            return fields.getOrDefault(field, "");
        }
    }
}

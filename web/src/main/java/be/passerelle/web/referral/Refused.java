package be.passerelle.web.referral;

import be.passerelle.client.ApiException;
import be.passerelle.client.model.FieldError;
import be.passerelle.client.model.Problem;
import be.passerelle.web.api.ApiProblem;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The API refused what a form asked (400 with {@code errors[]}, 409 or 422): the form shows it again, each
 * problem next to its field. Any other failure is an {@link ApiProblem} (a problem page).
 */
final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final Set<Integer> FORM_STATUSES = Set.of(400, 409, 422);

    private final int status;
    private final transient Map<String, String> fields;

    private Refused(int status, Map<String, String> fields, ApiException cause) {
        super("the API refused the form: " + status, cause);
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
        return new Refused(e.getCode(), fields, e);
    }

    int status() {
        return status;
    }

    /** The API's field paths (e.g. {@code citizen.phone}) with the API's message for each. */
    Map<String, String> fields() {
        return fields;
    }
}

package be.passerelle.web.api;

import be.passerelle.client.ApiException;
import be.passerelle.client.model.FieldError;
import be.passerelle.client.model.Problem;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The API (or the page itself) refused what a form asked (400 with {@code errors[]}, 409 or 422): the form
 * is shown again with the API's message next to each field it names, and its detail when it names none. Any
 * other failure is an {@link ApiProblem} (a problem page). Never the raw body.
 */
public final class FormRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final Set<Integer> FORM_STATUSES = Set.of(400, 409, 422);

    private final int status;
    private final String detail;
    private final transient Map<String, String> fields;
    private final transient List<FieldError> errors;

    /** A refusal by the page itself: these fields (with the API's message, or {@code ""} for the page's own). */
    public FormRefused(int status, Map<String, String> fields) {
        this(status, null, fields, List.of());
    }

    private FormRefused(int status, String detail, Map<String, String> fields, List<FieldError> errors) {
        super("the form was refused: " + status);
        this.status = status;
        this.detail = detail;
        this.fields = Map.copyOf(fields);
        this.errors = List.copyOf(errors);
    }

    /** A field the page refuses itself before asking the API; the page shows its own message for it. */
    public static FormRefused field(String field) {
        return new FormRefused(400, Map.of(field, ""));
    }

    /** A refusal for the form, or the API's problem for a problem page. */
    public static RuntimeException of(ApiException e, ObjectMapper json) {
        if (!isFormRefusal(e)) {
            return ApiProblem.of(e);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Optional<Problem> problem = problemOf(e, json);
        problem.map(Problem::getErrors).ifPresent(errors -> {
            for (FieldError error : errors) {
                if (error.getField() != null) {
                    fields.putIfAbsent(error.getField(), String.valueOf(error.getMessage()));
                }
            }
        });
        return new FormRefused(
                e.getCode(),
                problem.map(Problem::getDetail).orElse(null),
                fields,
                problem.map(Problem::getErrors).orElse(List.of()));
    }

    /** Whether the API's answer refuses the form (400, 409, 422) rather than fails. */
    public static boolean isFormRefusal(ApiException e) {
        return FORM_STATUSES.contains(e.getCode());
    }

    /** The API's problem document in this answer, if it has a readable one. */
    public static Optional<Problem> problemOf(ApiException e, ObjectMapper json) {
        String body = e.getResponseBody();
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(body, Problem.class));
        } catch (com.fasterxml.jackson.core.JacksonException unreadable) {
            return Optional.empty(); // no problem document: a refusal of the whole form
        }
    }

    public int status() {
        return status;
    }

    /** The API's field paths (e.g. {@code citizen.phone}) with the API's message for each. */
    public Map<String, String> fields() {
        return fields;
    }

    /** The problem's field errors as the API wrote them (a form whose fields are rows maps their indexes). */
    public List<FieldError> errors() {
        return errors;
    }

    /**
     * What the form shows.
     *
     * @return each refused field with the API's message (empty when the page's own message applies), and the
     *     API's detail when no field carries the refusal
     */
    public Shown shown() {
        return new Shown(fields, fields.isEmpty() ? detail : null);
    }

    /**
     * @param fields each refused field with the API's message ({@code ""} for the page's own)
     * @param detail the API's detail when no field carries the refusal, else {@code null}
     */
    public record Shown(Map<String, String> fields, String detail) {
        public boolean has(String field) {
            return fields.containsKey(field);
        }

        /** The API's message for this field, or {@code ""} for the page's own. */
        public String message(String field) {
            return fields.getOrDefault(field, "");
        }
    }
}

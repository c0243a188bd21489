package be.passerelle.web.referral;

import be.passerelle.client.model.FieldError;
import be.passerelle.client.model.Problem;
import java.util.List;
import java.util.Set;

/**
 * The API refused an action of a referral's page (or the page refused to send it): what the page shows
 * next to that action, by status, with the problem's field messages next to their fields. Never the raw
 * body.
 */
final class ActionRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The statuses with a message of their own ({@code referral.refused.<status>}); others get the general one. */
    private static final Set<Integer> EXPLAINED = Set.of(400, 403, 404, 409, 412, 413, 415, 422, 429);

    private final String action;
    private final int status;
    private final String detail;
    private final transient List<Field> fields;

    ActionRefused(String action, int status, Problem problem) {
        super(action + " refused: " + status);
        this.action = action;
        this.status = status;
        this.detail = problem == null ? null : problem.getDetail();
        this.fields = problem == null || problem.getErrors() == null
                ? List.of()
                : problem.getErrors().stream().map(ActionRefused::field).toList();
    }

    /** A value the page itself refuses before calling the API (a 400 on that field). */
    static ActionRefused invalid(String action, String field) {
        Problem problem = new Problem().status(400).title("Bad Request").type("about:blank");
        problem.addErrorsItem(new FieldError().field(field).message(""));
        return new ActionRefused(action, 400, problem);
    }

    private static Field field(FieldError error) {
        return new Field(error.getField() == null ? "" : error.getField(), error.getMessage());
    }

    /** The view the page renders. */
    Shown shown() {
        String key = "referral.refused." + (EXPLAINED.contains(status) ? status : "other");
        return new Shown(action, status, key, detail, fields);
    }

    int status() {
        return status;
    }

    /** A field the API named, with its message (the API's text, escaped by the page). */
    record Field(String name, String message) {}

    /**
     * @param action the form concerned ({@code accept}, {@code decline}, {@code message}, …)
     * @param messageKey the page's own message for the status
     * @param detail the problem's human-readable detail, if any
     * @param fields the problem's field errors
     */
    record Shown(String action, int status, String messageKey, String detail, List<Field> fields) {
        /** Whether the refusal concerns this form. */
        public boolean about(String form) {
            return action.equals(form);
        }

        /** Whether this field of the form was refused. */
        public boolean hasField(String form, String field) {
            return about(form)
                    && fields.stream()
                            .anyMatch(f -> f.name().equals(field) || f.name().endsWith("." + field));
        }

        /** The API's message for this field (may be empty). */
        public String fieldMessage(String form, String field) {
            return !about(form)
                    ? ""
                    : fields.stream()
                            .filter(f -> f.name().equals(field) || f.name().endsWith("." + field))
                            .map(Field::message)
                            .filter(m -> m != null && !m.isBlank())
                            .findFirst()
                            .orElse("");
        }

        public boolean stale() {
            return status == 412;
        }
    }
}

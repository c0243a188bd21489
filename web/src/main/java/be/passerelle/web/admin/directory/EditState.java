package be.passerelle.web.admin.directory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an entry form shows besides its values: the problems next to their fields (the page's own message
 * key, and the API's text when the API refused it), and after a conflict the saved values that differ from
 * the user's, next to the fields concerned.
 *
 * @param problems by form path (in the form's order)
 * @param conflict whether someone changed the entry meanwhile (nothing was saved)
 * @param savedMeanwhile the saved values that differ from the form's, by form path
 */
public record EditState(Map<String, Problem> problems, boolean conflict, Map<String, String> savedMeanwhile) {
    static final EditState FRESH = new EditState(Map.of(), false, Map.of());

    public EditState {
        problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
        savedMeanwhile = Collections.unmodifiableMap(new LinkedHashMap<>(savedMeanwhile));
    }

    /** The conflict after a 412 (or 428): the saved values that differ from the user's. */
    static EditState conflict(Map<String, String> mine, Map<String, String> saved) {
        Map<String, String> differing = new LinkedHashMap<>();
        saved.forEach((path, value) -> {
            if (!Objects.equals(mine.get(path), value)) {
                differing.put(path, value);
            }
        });
        return new EditState(Map.of(), true, differing);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public boolean hasProblem(String path) {
        return problems.containsKey(path);
    }

    public Problem problem(String path) {
        return problems.get(path);
    }

    /** Whether the saved entry has another value for this field than the form. */
    public boolean changed(String path) {
        return savedMeanwhile.containsKey(path);
    }

    public String saved(String path) {
        return savedMeanwhile.get(path);
    }

    /** The element id of a form path ({@code competences[2].sector} is {@code competences-2-sector}). */
    public static String id(String path) {
        return path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
    }

    /** {@link #id(String)}, for the templates. */
    public String fieldId(String path) {
        return id(path);
    }

    /** The ids of the problem and the saved value shown for this field, for its {@code aria-describedby}. */
    public String describedBy(String path) {
        List<String> ids = new ArrayList<>();
        if (hasProblem(path)) {
            ids.add(id(path) + "-problem");
        }
        if (changed(path)) {
            ids.add(id(path) + "-saved");
        }
        return ids.isEmpty() ? null : String.join(" ", ids);
    }

    /**
     * A problem of a field.
     *
     * @param messageKey the page's message
     * @param apiMessage the API's own text for it ({@code null} when the page found it)
     */
    public record Problem(String messageKey, String apiMessage) {}
}

package be.passerelle.web.admin.directory;

import be.passerelle.client.model.FieldError;
import be.passerelle.client.model.ProfileResponse;
import be.passerelle.web.api.FormRefused;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.springframework.stereotype.Component;

/**
 * Saving a form of the directory entry, the same way for every such page: the page's own checks, then the
 * API's {@code PUT} with the version the form was loaded with as {@code If-Match}. Someone else's change
 * meanwhile (412, or 428) never overwrites: the form comes back with the user's values, the saved values
 * that differ beside them and the current version (saving again is then a choice made knowingly).
 */
@Component
class EntryEditing {
    private final DirectoryEntries entries;

    EntryEditing(DirectoryEntries entries) {
        this.entries = entries;
    }

    /**
     * Saves the form; {@code null} when saved, else what the form shows again (the form's version is then the
     * entry's current one after a conflict).
     */
    <F extends EntryForm> EditState save(
            String slug, F form, BiFunction<ProfileResponse, String, F> formOfEntry, Locale locale) {
        EntryForm.Edit edit = form.edit();
        if (!edit.problems().isEmpty()) {
            Map<String, EditState.Problem> problems = new LinkedHashMap<>();
            edit.problems().forEach((path, key) -> problems.put(path, new EditState.Problem(key, null)));
            return new EditState(problems, false, Map.of());
        }
        try {
            entries.replace(slug, form.getVersion(), edit);
            return null;
        } catch (DirectoryEntries.ChangedMeanwhile changed) {
            DirectoryEntries.Loaded current = changed.current();
            F saved = formOfEntry.apply(current.institution().getEntry(), current.etag());
            form.setVersion(current.etag());
            return EditState.conflict(form.values(locale), saved.values(locale));
        } catch (FormRefused refused) {
            Map<String, EditState.Problem> problems = new LinkedHashMap<>();
            for (FieldError error : refused.errors()) {
                String path = edit.formPath().apply(error.getField());
                problems.putIfAbsent(
                        path == null || path.isBlank() ? "" : path,
                        new EditState.Problem("directory.error.refused", error.getMessage()));
            }
            if (problems.isEmpty()) {
                problems.put("", new EditState.Problem("directory.error.refused", null));
            }
            return new EditState(problems, false, Map.of());
        }
    }
}

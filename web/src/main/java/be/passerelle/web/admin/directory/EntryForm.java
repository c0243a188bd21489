package be.passerelle.web.admin.directory;

import be.passerelle.client.model.DirectoryEntryRequest;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A form of one part of the directory entry (the entry itself, the referral intake): the version it was
 * loaded with (sent as {@code If-Match}), what it changes in the entry and its values field by field (shown
 * next to the saved ones when someone changed the entry meanwhile).
 */
interface EntryForm {
    String getVersion();

    void setVersion(String version);

    /** What saving this form changes in the entry, or the problems the page finds before asking the API. */
    Edit edit();

    /** The form's values by field path, as the page shows them (to compare with the saved entry). */
    Map<String, String> values(Locale locale);

    /**
     * The change a form makes.
     *
     * @param apply puts the form's values into the entry as read
     * @param problems the fields the page itself refuses (form path to message key); nothing is sent then
     * @param formPath the form's path of a field the API names (its lists without blank rows have other indexes)
     */
    record Edit(
            UnaryOperator<DirectoryEntryRequest> apply, Map<String, String> problems, UnaryOperator<String> formPath) {
        public Edit {
            problems = Map.copyOf(problems);
        }
    }
}

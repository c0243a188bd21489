package be.passerelle.web.admin.directory;

import be.passerelle.client.model.HistoryEntryResponse;
import be.passerelle.web.layout.Access;
import jakarta.servlet.http.HttpServletResponse;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/directory}: the institution's own directory entry, for its admins. The form carries the
 * version it was loaded with; saving is conditional on it ({@link EntryEditing}). The entry's latest
 * versions are listed under the form.
 */
@Controller
class DirectoryController {
    static final List<String> ADMIN_LEVELS = List.of("FEDERAL", "REGIONAL", "COMMUNITY", "LOCAL", "PRIVATE");
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final int HISTORY = 10;

    private final Access admin;
    private final DirectoryEntries entries;
    private final EntryEditing editing;
    private final Taxonomies taxonomies;

    DirectoryController(Access admin, DirectoryEntries entries, EntryEditing editing, Taxonomies taxonomies) {
        this.admin = admin;
        this.entries = entries;
        this.editing = editing;
        this.taxonomies = taxonomies;
    }

    @GetMapping("/admin/directory")
    String page(Locale locale, Model model) {
        String slug = admin.tenantAdminSlug();
        DirectoryEntries.Loaded loaded = entries.read(slug);
        return render(
                slug, DirectoryForm.of(loaded.institution().getEntry(), loaded.etag()), EditState.FRESH, locale, model);
    }

    @PostMapping("/admin/directory")
    String save(
            @ModelAttribute("form") DirectoryForm form,
            Locale locale,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        String slug = admin.tenantAdminSlug();
        EditState state = editing.save(slug, form, DirectoryForm::of, locale);
        if (state == null) {
            flash.addFlashAttribute("notice", "directory.saved");
            return "redirect:/admin/directory";
        }
        response.setStatus(state.conflict() ? HttpServletResponse.SC_CONFLICT : 422);
        return render(slug, form.withBlankRows(), state, locale, model);
    }

    private String render(String slug, DirectoryForm form, EditState state, Locale locale, Model model) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(BRUSSELS);
        List<Version> history = entries.history(slug, HISTORY).stream()
                .map(v -> version(v, when))
                .toList();
        model.addAttribute("form", form);
        model.addAttribute("state", state);
        model.addAttribute(
                "page",
                new Page(
                        taxonomies.choices(),
                        DirectoryForm.LANGUAGES,
                        ADMIN_LEVELS,
                        Arrays.stream(DayOfWeek.values())
                                .map(d -> new Taxonomies.Choice(d.name(), d.getDisplayName(TextStyle.FULL, locale)))
                                .toList(),
                        history));
        return "admin-directory";
    }

    private static Version version(HistoryEntryResponse v, DateTimeFormatter when) {
        String author = v.getAuthor().getUsername() != null
                ? v.getAuthor().getUsername()
                : v.getAuthor().getInstitution();
        return new Version(v.getVersion(), when.format(v.getRecordedAt()), author);
    }

    /**
     * The page's choices and history.
     *
     * @param days the days of the week, named in the user's language
     */
    record Page(
            Taxonomies.Choices choices,
            List<String> languages,
            List<String> adminLevels,
            List<Taxonomies.Choice> days,
            List<Version> history) {}

    /** A version of the entry: its number, when and by whom. */
    record Version(int number, String recordedAt, String author) {}
}

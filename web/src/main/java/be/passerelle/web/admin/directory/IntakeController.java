package be.passerelle.web.admin.directory;

import be.passerelle.web.layout.Access;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/intake}: the institution's referral intake (part of its directory entry), saved like the
 * entry ({@link EntryEditing}: conditional on the version the form was loaded with).
 */
@Controller
class IntakeController {
    private final Access admin;
    private final DirectoryEntries entries;
    private final EntryEditing editing;

    IntakeController(Access admin, DirectoryEntries entries, EntryEditing editing) {
        this.admin = admin;
        this.entries = entries;
        this.editing = editing;
    }

    @GetMapping("/admin/intake")
    String page(Model model) {
        DirectoryEntries.Loaded loaded = entries.read(admin.tenantAdminSlug());
        model.addAttribute("form", IntakeForm.of(loaded.institution().getEntry(), loaded.etag()));
        model.addAttribute("state", EditState.FRESH);
        return "admin-intake";
    }

    @PostMapping("/admin/intake")
    String save(
            @ModelAttribute("form") IntakeForm form,
            Locale locale,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        EditState state = editing.save(admin.tenantAdminSlug(), form, IntakeForm::of, locale);
        if (state == null) {
            flash.addFlashAttribute("notice", "intake.saved");
            return "redirect:/admin/intake";
        }
        response.setStatus(state.conflict() ? HttpServletResponse.SC_CONFLICT : 422);
        model.addAttribute("state", state);
        return "admin-intake";
    }
}

package be.passerelle.web.notification;

import be.passerelle.client.model.PreferenceResponse;
import be.passerelle.web.api.FormRefused;
import be.passerelle.web.layout.Layout;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /settings/notifications}: how each kind of notification reaches the signed-in staff member. */
@Controller
class PreferencesController {
    static final List<String> DELIVERIES = List.of("IMMEDIATELY", "DAILY_DIGEST", "NEVER");

    private final NotificationSettings notifications;
    private final Layout layout;

    PreferencesController(NotificationSettings notifications, Layout layout) {
        this.notifications = notifications;
        this.layout = layout;
    }

    /**
     * The page: one fieldset per kind.
     *
     * @param refused whether the API refused the last change
     */
    record PreferencesPage(List<PreferenceResponse> preferences, List<String> deliveries, boolean refused) {}

    @GetMapping("/settings/notifications")
    String page(Model model) {
        requireStaff();
        model.addAttribute("page", new PreferencesPage(notifications.preferences(), DELIVERIES, false));
        return "settings-notifications";
    }

    @PostMapping("/settings/notifications")
    String save(
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        requireStaff();
        List<PreferenceResponse> current = notifications.preferences();
        Map<String, String> choices = new LinkedHashMap<>();
        for (PreferenceResponse preference : current) {
            String kind = preference.getKind().getValue();
            String chosen = form.get("kind." + kind);
            if (chosen != null) {
                choices.put(kind, chosen);
            }
        }
        try {
            notifications.choose(choices);
        } catch (FormRefused refused) {
            response.setStatus(refused.status());
            model.addAttribute("page", new PreferencesPage(current, DELIVERIES, true));
            return "settings-notifications";
        }
        flash.addFlashAttribute("notice", "notifications.preferences.saved");
        return "redirect:/settings/notifications";
    }

    /** Staff of an institution; the API would refuse the others anyway (the network admin has no institution). */
    private void requireStaff() {
        Layout.SignedIn me = layout.me();
        if (me == null || !me.inInstitution()) {
            throw be.passerelle.web.api.ApiProblem.of(new be.passerelle.client.ApiException(
                    403, "notification preferences are for the staff of an institution"));
        }
    }
}

package be.passerelle.web.notification;

import be.passerelle.web.api.FormRefused;
import be.passerelle.web.layout.Access;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/notifications}: the institution's intake address (with its confirmation state and a resend) and
 * its escalation delay, saved conditionally on the version the form was loaded with.
 */
@Controller
class AdminNotificationsController {
    private final Access admin;
    private final NotificationSettings notifications;

    AdminNotificationsController(Access admin, NotificationSettings notifications) {
        this.admin = admin;
        this.notifications = notifications;
    }

    /**
     * The page.
     *
     * @param intakeAddress what the form shows (as typed, after a refusal)
     * @param escalationWorkingDays what the form shows
     * @param problems the refused fields with the API's message
     * @param refusal a message key for the whole form, or null
     */
    record AdminPage(
            NotificationSettings.Loaded loaded,
            String intakeAddress,
            String escalationWorkingDays,
            Map<String, String> problems,
            String refusal) {
        static AdminPage fresh(NotificationSettings.Loaded loaded) {
            return new AdminPage(
                    loaded,
                    loaded.settings().getIntakeAddress(),
                    String.valueOf(loaded.settings().getEscalationWorkingDays()),
                    Map.of(),
                    null);
        }
    }

    @GetMapping("/admin/notifications")
    String page(Model model) {
        model.addAttribute("page", AdminPage.fresh(notifications.settings(admin.tenantAdminSlug())));
        return "admin-notifications";
    }

    @PostMapping("/admin/notifications")
    String save(
            @RequestParam(required = false) String version,
            @RequestParam(required = false) String intakeAddress,
            @RequestParam(required = false) String escalationWorkingDays,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        String slug = admin.tenantAdminSlug();
        Integer days = parse(escalationWorkingDays);
        try {
            if (days == null) {
                throw FormRefused.field("escalationWorkingDays");
            }
            notifications.replace(slug, version, intakeAddress, days);
        } catch (FormRefused refused) {
            response.setStatus(refused.status());
            model.addAttribute(
                    "page",
                    new AdminPage(
                            notifications.settings(slug),
                            intakeAddress,
                            escalationWorkingDays,
                            refused.fields(),
                            refused.fields().isEmpty() ? "notifications.admin.refused" : null));
            return "admin-notifications";
        } catch (NotificationSettings.ChangedMeanwhile changed) {
            return again(
                    slug, "notifications.admin.changedMeanwhile", HttpServletResponse.SC_CONFLICT, model, response);
        } catch (NotificationSettings.MailUnavailable down) {
            return again(slug, "notifications.admin.mailUnavailable", 503, model, response);
        }
        flash.addFlashAttribute("notice", "notifications.admin.saved");
        return "redirect:/admin/notifications";
    }

    @PostMapping("/admin/notifications/resend")
    String resend(Model model, RedirectAttributes flash, HttpServletResponse response) {
        String slug = admin.tenantAdminSlug();
        try {
            notifications.resend(slug);
        } catch (FormRefused | NotificationSettings.ChangedMeanwhile refused) {
            return again(slug, "notifications.admin.nothingToResend", HttpServletResponse.SC_CONFLICT, model, response);
        } catch (NotificationSettings.MailUnavailable down) {
            return again(slug, "notifications.admin.mailUnavailable", 503, model, response);
        }
        flash.addFlashAttribute("notice", "notifications.admin.resent");
        return "redirect:/admin/notifications";
    }

    private String again(String slug, String refusal, int status, Model model, HttpServletResponse response) {
        response.setStatus(status);
        AdminPage fresh = AdminPage.fresh(notifications.settings(slug));
        model.addAttribute(
                "page",
                new AdminPage(fresh.loaded(), fresh.intakeAddress(), fresh.escalationWorkingDays(), Map.of(), refusal));
        return "admin-notifications";
    }

    private static Integer parse(String days) {
        if (days == null || !days.strip().matches("[0-9]{1,3}")) {
            return null;
        }
        return Integer.valueOf(days.strip());
    }
}

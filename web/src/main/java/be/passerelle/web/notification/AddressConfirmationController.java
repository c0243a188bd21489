package be.passerelle.web.notification;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /notification-address/confirm}: where the link mailed to a new intake address lands, without signing in.
 * Opening it changes nothing (mail scanners follow links): the page asks to press a button, which posts the token
 * (with the form's CSRF token) to the API, and shows the outcome in place. Never cached, never referred.
 */
@Controller
@RequestMapping("/notification-address/confirm")
class AddressConfirmationController {
    private static final int MAX_TOKEN = 100;

    private final NotificationSettings notifications;

    AddressConfirmationController(NotificationSettings notifications) {
        this.notifications = notifications;
    }

    /**
     * @param token the link's token, for the form's hidden field
     * @param result the outcome once the button was pressed, else null
     */
    record ConfirmPage(String token, NotificationSettings.Confirmation result) {}

    @GetMapping
    String landing(@RequestParam(required = false) String token, HttpServletResponse response, Model model) {
        noStore(response);
        model.addAttribute("page", new ConfirmPage(clean(token), null));
        return "notification-address-confirm";
    }

    @PostMapping
    String confirm(
            @RequestParam(required = false) String token, Locale locale, HttpServletResponse response, Model model) {
        noStore(response);
        String typed = clean(token);
        NotificationSettings.Confirmation result = typed.isEmpty()
                ? new NotificationSettings.Confirmation(false, null, null, false)
                : notifications.confirm(typed, locale);
        if (!result.confirmed()) {
            response.setStatus(result.unavailable() ? 503 : 422);
        }
        model.addAttribute("page", new ConfirmPage(typed, result));
        return "notification-address-confirm";
    }

    private static void noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
    }

    private static String clean(String token) {
        if (token == null || token.length() > MAX_TOKEN || !token.matches("[A-Za-z0-9_-]*")) {
            return "";
        }
        return token;
    }
}

package be.passerelle.web.admin.integration;

import be.passerelle.web.api.FormRefused;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The institution admin's API clients: the list with their scopes, creating one, rotating a secret and
 * revoking a client (after a confirmation page). A new secret is shown once, on the page that follows the
 * {@code POST}, which is never cached.
 */
@Controller
class ApiClientsController {
    static final String NOTICE = "notice";
    static final String NOTICE_SUBJECT = "noticeSubject";

    private final Integrations integrations;
    private final Clock clock;

    ApiClientsController(Integrations integrations, Clock clock) {
        this.integrations = integrations;
        this.clock = clock;
    }

    @GetMapping("/admin/api-clients")
    String list(Locale locale, Model model, HttpServletResponse response) {
        return render(locale, model, response, null, "", List.of());
    }

    @PostMapping("/admin/api-clients")
    String create(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) List<String> scopes,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        List<String> chosen = scopes == null ? List.of() : scopes;
        try {
            if (!Integrations.SCOPES.containsAll(chosen)) {
                throw FormRefused.field("scopes");
            }
            redirect.addFlashAttribute(SecretShown.ATTRIBUTE, integrations.createClient(name, chosen));
            return "redirect:/admin/api-clients";
        } catch (FormRefused refused) {
            response.setStatus(refused.status());
            return render(locale, model, response, refused.shown(), name == null ? "" : name, chosen);
        }
    }

    @PostMapping("/admin/api-clients/{clientId}/secret")
    String rotate(@PathVariable String clientId, RedirectAttributes redirect) {
        redirect.addFlashAttribute(SecretShown.ATTRIBUTE, integrations.rotateClient(clientId));
        return "redirect:/admin/api-clients";
    }

    @GetMapping("/admin/api-clients/{clientId}/revoke")
    String confirmRevoke(@PathVariable String clientId, Model model) {
        model.addAttribute("client", integrations.client(clientId));
        return "admin-api-clients-revoke";
    }

    @PostMapping("/admin/api-clients/{clientId}/revoke")
    String revoke(@PathVariable String clientId, RedirectAttributes redirect) {
        String name = integrations.client(clientId).name();
        integrations.revokeClient(clientId);
        redirect.addFlashAttribute(NOTICE, "apiClients.revoked");
        redirect.addFlashAttribute(NOTICE_SUBJECT, name);
        return "redirect:/admin/api-clients";
    }

    private String render(
            Locale locale,
            Model model,
            HttpServletResponse response,
            FormRefused.Shown refusal,
            String name,
            List<String> chosen) {
        // the page may carry a secret shown once: no copy of it in any cache
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("clients", integrations.clients());
        model.addAttribute("scopes", Integrations.SCOPES);
        model.addAttribute("refusal", refusal);
        model.addAttribute("name", name);
        model.addAttribute("chosen", chosen);
        model.addAttribute("when", new Moments(locale, clock));
        return "admin-api-clients";
    }
}

package be.passerelle.web.admin.integration;

import be.passerelle.web.api.FormRefused;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The institution admin's webhooks: the list and registering one (its signing secret shown once, on the
 * webhook's page that follows), and a webhook's page: test ping and its outcome, the deliveries (paged as
 * the API pages them) with redelivery, rotating the secret, enabling a disabled webhook and deleting it
 * (after a confirmation page).
 */
@Controller
class WebhooksController {
    static final String PING = "ping";

    private final Integrations integrations;
    private final Clock clock;

    WebhooksController(Integrations integrations, Clock clock) {
        this.integrations = integrations;
        this.clock = clock;
    }

    @GetMapping("/admin/webhooks")
    String list(Locale locale, Model model, HttpServletResponse response) {
        return render(locale, model, response, null, "", List.of());
    }

    @PostMapping("/admin/webhooks")
    String register(
            @RequestParam(required = false) String url,
            @RequestParam(required = false) List<String> events,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        List<String> chosen = events == null ? List.of() : events;
        try {
            if (chosen.isEmpty() || !Integrations.EVENTS.containsAll(chosen)) {
                throw FormRefused.field("events");
            }
            SecretShown registered = integrations.register(url, chosen);
            redirect.addFlashAttribute(SecretShown.ATTRIBUTE, registered);
            return "redirect:/admin/webhooks/" + registered.id();
        } catch (FormRefused refused) {
            response.setStatus(refused.status());
            return render(locale, model, response, refused.shown(), url == null ? "" : url, chosen);
        }
    }

    @GetMapping("/admin/webhooks/{id}")
    String page(
            @PathVariable UUID id,
            @RequestParam(required = false) String cursor,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("hook", integrations.webhook(id));
        model.addAttribute("deliveries", integrations.deliveries(id, cursor));
        model.addAttribute("cursor", cursor == null ? "" : cursor);
        model.addAttribute("when", new Moments(locale, clock));
        return "admin-webhooks-page";
    }

    @PostMapping("/admin/webhooks/{id}/ping")
    String ping(@PathVariable UUID id, RedirectAttributes redirect) {
        redirect.addFlashAttribute(PING, integrations.ping(id));
        return "redirect:/admin/webhooks/" + id;
    }

    @PostMapping("/admin/webhooks/{id}/enable")
    String enable(@PathVariable UUID id, RedirectAttributes redirect) {
        integrations.enable(id);
        redirect.addFlashAttribute(ApiClientsController.NOTICE, "webhooks.enabled.done");
        return "redirect:/admin/webhooks/" + id;
    }

    @PostMapping("/admin/webhooks/{id}/secret")
    String rotate(@PathVariable UUID id, RedirectAttributes redirect) {
        redirect.addFlashAttribute(SecretShown.ATTRIBUTE, integrations.rotateWebhook(id));
        return "redirect:/admin/webhooks/" + id;
    }

    @PostMapping("/admin/webhooks/{id}/deliveries/{deliveryId}/redeliver")
    String redeliver(
            @PathVariable UUID id,
            @PathVariable UUID deliveryId,
            @RequestParam(required = false) String cursor,
            RedirectAttributes redirect) {
        integrations.redeliver(id, deliveryId);
        redirect.addFlashAttribute(ApiClientsController.NOTICE, "webhooks.redelivered");
        UriComponentsBuilder back = UriComponentsBuilder.fromPath("/admin/webhooks/{id}");
        if (cursor != null && !cursor.isBlank()) {
            back.queryParam("cursor", cursor);
        }
        return "redirect:" + back.buildAndExpand(id).encode().toUriString();
    }

    @GetMapping("/admin/webhooks/{id}/delete")
    String confirmDelete(@PathVariable UUID id, Model model) {
        model.addAttribute("hook", integrations.webhook(id));
        return "admin-webhooks-delete";
    }

    @PostMapping("/admin/webhooks/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        String url = integrations.webhook(id).url();
        integrations.delete(id);
        redirect.addFlashAttribute(ApiClientsController.NOTICE, "webhooks.deleted");
        redirect.addFlashAttribute(ApiClientsController.NOTICE_SUBJECT, url);
        return "redirect:/admin/webhooks";
    }

    private String render(
            Locale locale,
            Model model,
            HttpServletResponse response,
            FormRefused.Shown refusal,
            String url,
            List<String> chosen) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("hooks", integrations.webhooks());
        model.addAttribute("events", Integrations.EVENTS);
        model.addAttribute("refusal", refusal);
        model.addAttribute("url", url);
        model.addAttribute("chosen", chosen);
        model.addAttribute("when", new Moments(locale, clock));
        return "admin-webhooks";
    }
}

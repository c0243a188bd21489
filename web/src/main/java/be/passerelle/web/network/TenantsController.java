package be.passerelle.web.network;

import be.passerelle.client.model.RateLimitResponse;
import be.passerelle.client.model.TenantResponse;
import be.passerelle.client.model.UpdateTenantBody;
import be.passerelle.web.api.FormRefused;
import be.passerelle.web.layout.Access;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The network admin's tenants: the list, a new tenant, the seed import, and a tenant's page (its names and
 * kind, suspension with a confirmation step, reactivation, its rate limit). Every change is a form posted
 * and redirected (post/redirect/get) with a flash message; the API decides, the pages show.
 */
@Controller
@RequestMapping("/network/tenants")
class TenantsController {
    private final Access access;
    private final NetworkTenants tenants;
    private final MessageSource messages;

    TenantsController(Access access, NetworkTenants tenants, MessageSource messages) {
        this.access = access;
        this.tenants = tenants;
        this.messages = messages;
    }

    /** Runs before every handler of these pages: network admins only (everyone else: the 403 page). */
    @ModelAttribute
    void networkAdminsOnly() {
        access.requireNetworkAdmin();
    }

    @GetMapping
    String list(@RequestParam(required = false) String cursor, Model model) {
        NetworkTenants.Page page = tenants.list(cursor);
        model.addAttribute(
                "page",
                new ListPage(page.tenants().stream().map(TenantView::of).toList(), cursor != null, page.nextCursor()));
        return "network-tenants";
    }

    @GetMapping("/new")
    String newTenant(Model model) {
        model.addAttribute("page", new NewPage(TenantForms.Create.empty(), TenantForms.KINDS, Map.of(), null));
        return "network-tenants-new";
    }

    @PostMapping
    String create(
            @ModelAttribute TenantForms.Create form,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            TenantResponse created = tenants.create(form.toBody());
            redirect.addFlashAttribute(
                    "flash", new Flash("tenants.created", List.of(created.getSlug(), form.adminEmail())));
            return "redirect:/network/tenants/" + created.getSlug();
        } catch (FormRefused refused) {
            response.setStatus(refused.status());
            Map<String, String> errors = errors(refused, locale, "create");
            model.addAttribute("page", new NewPage(form, TenantForms.KINDS, errors, errors.get("")));
            return "network-tenants-new";
        }
    }

    @PostMapping("/import")
    String importSeed(RedirectAttributes redirect) {
        Map<String, Integer> outcome = tenants.importSeed();
        redirect.addFlashAttribute("flash", new Flash("tenants.imported", List.of(outcome.getOrDefault("created", 0))));
        redirect.addFlashAttribute("imported", new LinkedHashMap<>(outcome));
        return "redirect:/network/tenants";
    }

    @GetMapping("/{slug}")
    String tenant(@PathVariable String slug, Model model) {
        TenantResponse tenant = tenants.get(slug);
        return render(tenant, TenantForms.Edit.of(tenant), null, null, model);
    }

    @PostMapping("/{slug}")
    String edit(
            @PathVariable String slug,
            @ModelAttribute TenantForms.Edit form,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TenantResponse stored = tenants.get(slug);
        try {
            UpdateTenantBody patch = form.toPatch(stored);
            if (patch == null) {
                redirect.addFlashAttribute("flash", new Flash("tenants.edit.unchanged", List.of()));
            } else {
                tenants.update(slug, patch);
                redirect.addFlashAttribute("flash", new Flash("tenants.edit.saved", List.of()));
            }
            return "redirect:/network/tenants/" + slug;
        } catch (FormRefused refused) {
            response.setStatus(refused.status());
            return render(stored, form, null, new Refusal("edit", errors(refused, locale, "edit")), model);
        }
    }

    /** The confirmation step before a suspension (a page of its own: it works without JavaScript). */
    @GetMapping("/{slug}/suspend")
    String confirmSuspension(@PathVariable String slug, Model model) {
        model.addAttribute("tenant", TenantView.of(tenants.get(slug)));
        return "network-tenants-suspend";
    }

    @PostMapping("/{slug}/suspend")
    String suspend(
            @PathVariable String slug,
            @RequestParam(defaultValue = "false") boolean confirm,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!confirm) {
            return "redirect:/network/tenants/" + slug + "/suspend";
        }
        return act(slug, "status", "tenants.suspended", locale, model, response, redirect, () -> tenants.suspend(slug));
    }

    @PostMapping("/{slug}/reactivate")
    String reactivate(
            @PathVariable String slug,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                slug,
                "status",
                "tenants.reactivated",
                locale,
                model,
                response,
                redirect,
                () -> tenants.reactivate(slug));
    }

    @PostMapping("/{slug}/rate-limit")
    String setRateLimit(
            @PathVariable String slug,
            @ModelAttribute TenantForms.RateLimit form,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            tenants.setRateLimit(slug, form.toBody());
            redirect.addFlashAttribute("flash", new Flash("tenants.rateLimit.saved", List.of()));
            return "redirect:/network/tenants/" + slug;
        } catch (FormRefused refused) {
            response.setStatus(refused.status());
            TenantResponse tenant = tenants.get(slug);
            return render(
                    tenant,
                    TenantForms.Edit.of(tenant),
                    form.requestsPerWindow(),
                    new Refusal("rateLimit", errors(refused, locale, "rateLimit")),
                    model);
        }
    }

    @PostMapping("/{slug}/rate-limit/reset")
    String resetRateLimit(@PathVariable String slug, RedirectAttributes redirect) {
        tenants.resetRateLimit(slug);
        redirect.addFlashAttribute("flash", new Flash("tenants.rateLimit.reset", List.of()));
        return "redirect:/network/tenants/" + slug;
    }

    private String act(
            String slug,
            String form,
            String done,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", new Flash(done, List.of()));
            return "redirect:/network/tenants/" + slug;
        } catch (FormRefused refused) {
            response.setStatus(refused.status());
            TenantResponse tenant = tenants.get(slug);
            return render(
                    tenant, TenantForms.Edit.of(tenant), null, new Refusal(form, errors(refused, locale, form)), model);
        }
    }

    private String render(
            TenantResponse tenant, TenantForms.Edit edit, String rateLimitValue, Refusal refusal, Model model) {
        RateLimitResponse limit = tenants.rateLimit(tenant.getSlug());
        model.addAttribute(
                "page",
                new TenantPage(
                        TenantView.of(tenant),
                        edit,
                        TenantForms.KINDS,
                        limit,
                        rateLimitValue == null ? String.valueOf(limit.getRequestsPerWindow()) : rateLimitValue,
                        refusal == null ? Refusal.NONE : refusal));
        return "network-tenants-tenant";
    }

    /**
     * The refusal as messages of the page: each field problem next to its form field, anything else for
     * the whole form (key {@code ""}).
     */
    private Map<String, String> errors(FormRefused refused, Locale locale, String form) {
        Map<String, String> shown = new LinkedHashMap<>();
        for (String apiField : refused.fields().keySet()) {
            String field = TenantForms.formField(apiField);
            shown.putIfAbsent(field, message("tenants.error." + field, locale));
        }
        if (shown.isEmpty()) {
            String general = switch (refused.status()) {
                case 409 -> "tenants.error." + form + ".conflict";
                case 422 -> "tenants.error.refused";
                default -> "tenants.error.form";
            };
            shown.put("", messages.getMessage(general, null, locale));
        }
        return shown;
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(
                new DefaultMessageSourceResolvable(new String[] {key, "tenants.error.invalid"}), locale);
    }

    /**
     * The list page.
     *
     * @param paged whether this is a page after the first (a link back to the first is shown)
     * @param nextCursor the next page's cursor, {@code null} on the last
     */
    record ListPage(List<TenantView> tenants, boolean paged, String nextCursor) {}

    /**
     * The new tenant's page.
     *
     * @param errors messages next to the fields ({@code slug}, {@code kind}, {@code adminEmail}, {@code fr}…,
     *     {@code names} for the names as a whole)
     * @param error a message for the whole form, or {@code null}
     */
    record NewPage(TenantForms.Create form, List<String> kinds, Map<String, String> errors, String error) {}

    /**
     * A tenant's page.
     *
     * @param rateLimitValue what the rate-limit field shows (the current budget, or what was refused)
     * @param refusal the refusal of one of its forms
     */
    record TenantPage(
            TenantView tenant,
            TenantForms.Edit edit,
            List<String> kinds,
            RateLimitResponse rateLimit,
            String rateLimitValue,
            Refusal refusal) {}

    /**
     * A refused form of the tenant's page.
     *
     * @param form {@code edit}, {@code status} or {@code rateLimit}
     * @param errors messages by field ({@code ""}: the whole form)
     */
    record Refusal(String form, Map<String, String> errors) {
        static final Refusal NONE = new Refusal("", Map.of());

        public Map<String, String> of(String name) {
            return form.equals(name) ? errors : Map.of();
        }
    }

    /**
     * A tenant as its pages show it.
     *
     * @param names by language code, in the order fr, nl, de, en
     */
    record TenantView(
            String slug,
            String kind,
            Map<String, String> names,
            List<String> languages,
            String status,
            boolean acceptsReferrals,
            int acknowledgementWorkingDays) {
        static TenantView of(TenantResponse tenant) {
            return new TenantView(
                    tenant.getSlug(),
                    tenant.getKind().getValue(),
                    Texts.of(tenant.getNames()).given(),
                    tenant.getLanguages().stream().map(l -> l.getValue()).toList(),
                    tenant.getStatus().getValue(),
                    Boolean.TRUE.equals(tenant.getAcceptsReferrals()),
                    tenant.getAcknowledgementWorkingDays() == null ? 0 : tenant.getAcknowledgementWorkingDays());
        }

        /** Its name in the reader's language (else the first there is), with the language it is in. */
        public Texts.Shown name(String reader) {
            return Texts.pick(names, reader);
        }

        public boolean suspended() {
            return "SUSPENDED".equals(status);
        }

        public boolean active() {
            return "ACTIVE".equals(status);
        }
    }
}

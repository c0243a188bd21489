package be.passerelle.web.audit;

import be.passerelle.client.model.AuditEventResponse;
import be.passerelle.client.model.PageResponseAuditEventResponse;
import be.passerelle.web.api.Cursors;
import be.passerelle.web.layout.Access;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail, one page for two audiences: the institution's ({@code /admin/audit}, its tenant-admin; the
 * API gives it its own tenant's events only) and the network's ({@code /network/audit}, the network admin;
 * every tenant's, with a tenant filter). Filters are a GET form, so a filtered trail can be bookmarked.
 */
@Controller
class AuditTrailController {
    private final AuditEvents events;
    private final Access access;

    AuditTrailController(AuditEvents events, Access access) {
        this.events = events;
        this.access = access;
    }

    @GetMapping("/admin/audit")
    String institution(
            @ModelAttribute AuditFilter filter,
            @RequestParam(required = false) String cursor,
            Locale locale,
            Model model) {
        return trail(Scope.INSTITUTION, filter.withoutTenant(), cursor, Map.of(), locale, model);
    }

    @GetMapping("/network/audit")
    String network(
            @ModelAttribute AuditFilter filter,
            @RequestParam(required = false) String cursor,
            Locale locale,
            Model model) {
        // the API would give a tenant admin its own trail: this page is the network's only
        access.requireNetworkAdmin();
        return trail(Scope.NETWORK, filter, cursor, events.tenants(), locale, model);
    }

    private String trail(
            Scope scope, AuditFilter filter, String cursor, Map<UUID, String> tenants, Locale locale, Model model) {
        Map<String, String> refused = filter.refused();
        String refusal = null;
        String detail = null;
        List<Row> rows = List.of();
        String next = null;
        if (refused.isEmpty()) {
            try {
                PageResponseAuditEventResponse page = events.page(filter, cursor);
                DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .withZone(AuditFilter.BRUSSELS);
                rows = page.getItems().stream().map(e -> row(e, dates, tenants)).toList();
                next = Cursors.cursorOf(page.getNext());
            } catch (AuditEvents.FiltersRefused e) {
                refusal = "audit.error.filters";
                detail = e.detail();
            }
        }
        model.addAttribute(
                "page",
                new TrailPage(
                        scope,
                        filter,
                        new ArrayList<>(tenants.values()),
                        refused,
                        refusal,
                        detail,
                        rows,
                        cursor != null,
                        next));
        return "audit";
    }

    private static Row row(AuditEventResponse e, DateTimeFormatter dates, Map<UUID, String> tenants) {
        UUID tenant = e.getTenantId();
        return new Row(
                dates.format(e.getOccurredAt()),
                tenant == null ? null : tenants.getOrDefault(tenant, tenant.toString()),
                e.getActor().getName(),
                e.getActor().getId(),
                e.getAction(),
                e.getTarget().getType(),
                e.getTarget().getId(),
                e.getRequestId());
    }

    /**
     * Whose trail a page shows.
     *
     * @param path the page's path (the filter form's action and the paging links)
     * @param key its messages' key prefix ({@code audit.institution}, {@code audit.network})
     * @param tenants whether the page shows and filters by tenant
     */
    enum Scope {
        INSTITUTION("/admin/audit", "audit.institution", false),
        NETWORK("/network/audit", "audit.network", true);

        private final String path;
        private final String key;
        private final boolean tenants;

        Scope(String path, String key, boolean tenants) {
            this.path = path;
            this.key = key;
            this.tenants = tenants;
        }

        public String path() {
            return path;
        }

        public String key() {
            return key;
        }

        public boolean tenants() {
            return tenants;
        }
    }

    /**
     * The page's view model.
     *
     * @param tenantSlugs the tenants one may filter by (the network's page)
     * @param refused the filters the page refused (field → message key)
     * @param refusal the message key when the API refused the filters, else {@code null}
     * @param detail the API's detail of that refusal (English)
     * @param paged whether this is a later page (a link back to the first)
     * @param nextCursor the next page's cursor, {@code null} on the last page
     */
    record TrailPage(
            Scope scope,
            AuditFilter filter,
            List<String> tenantSlugs,
            Map<String, String> refused,
            String refusal,
            String detail,
            List<Row> rows,
            boolean paged,
            String nextCursor) {}

    /**
     * One event, its time in Brussels and the user's language.
     *
     * @param tenant the tenant's slug (whose trail shows it), {@code null} for a network-level change
     */
    record Row(
            String occurredAt,
            String tenant,
            String actorName,
            String actorId,
            String action,
            String targetType,
            String targetId,
            String requestId) {}
}

package be.passerelle.web.health;

import be.passerelle.web.layout.Access;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The referral health pages, counts only: the network's ({@code /network/referral-health}, the network
 * admin: one row per receiving institution) and the institution's ({@code /admin/referral-health}, its
 * tenant admin: its own figures, then per assignee). Others get the 403 page before any call.
 */
@Controller
class ReferralHealthController {
    private final ReferralHealthReports reports;
    private final Access access;

    ReferralHealthController(ReferralHealthReports reports, Access access) {
        this.reports = reports;
        this.access = access;
    }

    /** The page's model: its scope (message prefix), the own row (institution page only) and the rows. */
    record HealthPage(String scope, ReferralHealthReports.Row own, List<ReferralHealthReports.Row> rows) {}

    @GetMapping("/network/referral-health")
    String network(Locale locale, Model model) {
        access.requireNetworkAdmin();
        model.addAttribute("page", new HealthPage("network", null, reports.network(locale)));
        return "referral-health";
    }

    @GetMapping("/admin/referral-health")
    String institution(Locale locale, Model model) {
        String slug = access.tenantAdminSlug();
        ReferralHealthReports.Institution institution = reports.institution(slug, locale);
        model.addAttribute("page", new HealthPage("institution", institution.own(), institution.assignees()));
        return "referral-health";
    }
}

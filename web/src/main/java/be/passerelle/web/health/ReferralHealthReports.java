package be.passerelle.web.health;

import be.passerelle.client.ApiException;
import be.passerelle.client.api.StatisticsApi;
import be.passerelle.client.model.AssigneeHealthResponse;
import be.passerelle.client.model.InstitutionHealthResponse;
import be.passerelle.client.model.ReferralHealthFigures;
import be.passerelle.client.model.TenantReferralHealthResponse;
import be.passerelle.web.api.ApiProblem;
import be.passerelle.web.api.PasserelleApi;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The API's referral health views ({@code /network/referral-health}, {@code /tenants/{slug}/referral-health}) as the pages show them. */
@Component
class ReferralHealthReports {
    private final PasserelleApi api;
    private final StatisticsApi statistics;

    ReferralHealthReports(PasserelleApi api) {
        this.api = api;
        this.statistics = new StatisticsApi(api.client());
    }

    /** One table row: whom the figures are about, and the figures. */
    public record Row(
            String key,
            String label,
            boolean unassigned,
            long open,
            long overdue,
            int oldestOverdueWorkingDays,
            long escalations) {
        public boolean late() {
            return overdue > 0;
        }

        static Row of(String key, String label, boolean unassigned, ReferralHealthFigures figures) {
            return new Row(
                    key,
                    label,
                    unassigned,
                    figures.getOpen(),
                    figures.getOverdue(),
                    figures.getOldestOverdueWorkingDays(),
                    figures.getEscalationsLast30Days());
        }
    }

    /** Every receiving institution, in the reader's language where it has a name in it. */
    List<Row> network(Locale locale) {
        try {
            return statistics.getNetworkReferralHealth(api.asCurrentUser()).getInstitutions().stream()
                    .map(i -> institution(i, locale))
                    .toList();
        } catch (ApiException e) {
            throw ApiProblem.of(e);
        }
    }

    /** The institution's own figures (first row) and then one row per assignee, the unassigned last. */
    Institution institution(String slug, Locale locale) {
        try {
            TenantReferralHealthResponse health = statistics.getTenantReferralHealth(slug, api.asCurrentUser());
            return new Institution(
                    institution(health.getInstitution(), locale),
                    health.getAssignees().stream()
                            .map(ReferralHealthReports::assignee)
                            .toList());
        } catch (ApiException e) {
            throw ApiProblem.of(e);
        }
    }

    record Institution(Row own, List<Row> assignees) {}

    private static Row institution(InstitutionHealthResponse institution, Locale locale) {
        Map<String, String> names = institution.getNames();
        String name = names.getOrDefault(
                locale.getLanguage(), names.values().stream().findFirst().orElse(institution.getSlug()));
        return Row.of(institution.getSlug(), name, false, institution.getFigures());
    }

    private static Row assignee(AssigneeHealthResponse assignee) {
        boolean unassigned = Boolean.TRUE.equals(assignee.getUnassigned());
        return Row.of(
                unassigned ? "" : assignee.getAssigneeId(),
                unassigned ? "" : assignee.getAssigneeName(),
                unassigned,
                assignee.getFigures());
    }
}

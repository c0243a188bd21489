package be.passerelle.api.health;

import be.passerelle.core.health.AssigneeHealth;
import be.passerelle.core.health.HealthFigures;
import be.passerelle.core.health.InstitutionHealth;
import be.passerelle.core.health.TenantHealth;
import be.passerelle.core.shared.Language;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The health views' bodies: counts only, never a referral's id, reference or content. */
final class ReferralHealthResponses {
    private ReferralHealthResponses() {}

    /**
     * @param open referrals SENT, ACKNOWLEDGED or ACCEPTED
     * @param overdue referrals still SENT past their acknowledgement deadline
     * @param oldestOverdueWorkingDays working days the oldest overdue referral is late (0 when none is)
     * @param escalationsLast30Days referrals escalated to the institution's admins in the last 30 days
     */
    record ReferralHealthFigures(long open, long overdue, int oldestOverdueWorkingDays, long escalationsLast30Days) {
        static ReferralHealthFigures of(HealthFigures figures) {
            return new ReferralHealthFigures(
                    figures.open(),
                    figures.overdue(),
                    figures.oldestOverdueWorkingDays(),
                    figures.escalationsLast30Days());
        }
    }

    /**
     * @param slug the receiving institution's slug
     * @param names its names by language code
     * @param figures its referrals as receiver
     */
    record InstitutionHealthResponse(String slug, Map<String, String> names, ReferralHealthFigures figures) {
        static InstitutionHealthResponse of(InstitutionHealth health) {
            Map<String, String> names = new LinkedHashMap<>();
            health.institution()
                    .names()
                    .values()
                    .forEach((Language language, String name) -> names.put(language.code(), name));
            return new InstitutionHealthResponse(
                    health.institution().slug().value(), names, ReferralHealthFigures.of(health.figures()));
        }
    }

    /** @param institutions every institution that accepts referrals or has open ones, by slug */
    record NetworkReferralHealthResponse(List<InstitutionHealthResponse> institutions) {
        static NetworkReferralHealthResponse of(List<InstitutionHealth> institutions) {
            return new NetworkReferralHealthResponse(
                    institutions.stream().map(InstitutionHealthResponse::of).toList());
        }
    }

    /**
     * @param assigneeId the staff member's user id; absent on the row of the referrals assigned to nobody
     * @param assigneeName the name shown when it was assigned; absent likewise
     * @param unassigned true on the row of the referrals assigned to nobody
     * @param figures the referrals assigned to that staff member (or to nobody)
     */
    record AssigneeHealthResponse(
            @Schema(nullable = true) String assigneeId,
            @Schema(nullable = true) String assigneeName,
            boolean unassigned,
            ReferralHealthFigures figures) {
        static AssigneeHealthResponse of(AssigneeHealth health) {
            return new AssigneeHealthResponse(
                    health.assigneeId().orElse(null),
                    health.assigneeName().orElse(null),
                    health.assigneeId().isEmpty(),
                    ReferralHealthFigures.of(health.figures()));
        }
    }

    /**
     * @param institution the institution's figures as receiver
     * @param assignees per staff member it assigned referrals to, then the unassigned ones
     */
    record TenantReferralHealthResponse(InstitutionHealthResponse institution, List<AssigneeHealthResponse> assignees) {
        static TenantReferralHealthResponse of(TenantHealth health) {
            return new TenantReferralHealthResponse(
                    InstitutionHealthResponse.of(health.institution()),
                    health.assignees().stream().map(AssigneeHealthResponse::of).toList());
        }
    }
}

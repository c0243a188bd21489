package be.passerelle.api.health;

import be.passerelle.api.health.ReferralHealthResponses.NetworkReferralHealthResponse;
import be.passerelle.api.health.ReferralHealthResponses.TenantReferralHealthResponse;
import be.passerelle.core.health.ReadReferralHealth;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.TenantSlug;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The referral health views (issue #19): counts of open, overdue and escalated referrals per receiver. */
@RestController
@Tag(name = "Statistics")
class ReferralHealthController {
    private final ReadReferralHealth health;

    ReferralHealthController(ReadReferralHealth health) {
        this.health = health;
    }

    @GetMapping("/api/v1/network/referral-health")
    @Operation(
            operationId = "getNetworkReferralHealth",
            summary = "Open, overdue and escalated referrals per receiving institution (network-admin)",
            description = "Counts only, never a referral: per institution that accepts referrals or has open"
                    + " ones, its open referrals, the overdue ones (still SENT past their deadline), how many"
                    + " working days the oldest overdue one is late, and the escalations of the last 30 days.")
    NetworkReferralHealthResponse network(CallContext context) {
        return NetworkReferralHealthResponse.of(health.network(context));
    }

    @GetMapping("/api/v1/tenants/{slug}/referral-health")
    @Operation(
            operationId = "getTenantReferralHealth",
            summary = "The institution's open, overdue and escalated referrals, per assignee (its admin)",
            description = "The same counts as the network view for the institution as receiver, then per staff"
                    + " member its referrals are assigned to, and for the unassigned ones. Only the"
                    + " institution's own admins (anyone else: 403).")
    TenantReferralHealthResponse tenant(CallContext context, @PathVariable String slug) {
        return TenantReferralHealthResponse.of(health.ofTenant(context, new TenantSlug(slug)));
    }
}

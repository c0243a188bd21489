package be.passerelle.core.referral;

import be.passerelle.core.shared.BusinessRuleViolation;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.core.shared.TenantStatus;
import be.passerelle.core.tenant.Tenants;

/**
 * Who may receive a referral (SPEC §4.3, for a creation and for a forward alike): a known tenant
 * other than the sender, active, that accepts referrals. Anything else is a business rule's refusal
 * (422), an unknown slug included.
 */
final class ReceiverRules {
    private ReceiverRules() {}

    static Tenant check(Tenants tenants, TenantId sender, TenantSlug slug) {
        Tenant receiver = tenants.findBySlug(slug)
                .orElseThrow(() -> new BusinessRuleViolation("the receiver is not an institution of the network"));
        if (receiver.id().equals(sender)) {
            throw new BusinessRuleViolation("an institution cannot refer a case to itself");
        }
        if (receiver.status() != TenantStatus.ACTIVE) {
            throw new BusinessRuleViolation("the receiver is not active (suspended) and cannot receive referrals");
        }
        if (!receiver.acceptsReferrals()) {
            throw new BusinessRuleViolation("the receiver does not accept referrals yet");
        }
        return receiver;
    }
}

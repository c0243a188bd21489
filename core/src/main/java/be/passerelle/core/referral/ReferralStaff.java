package be.passerelle.core.referral;

import be.passerelle.core.shared.AccessDenied;
import be.passerelle.core.shared.Caller;
import be.passerelle.core.shared.Role;
import be.passerelle.core.shared.TenantId;

/**
 * Who may work on referrals (SPEC §3): an institution's caseworkers, its admins and its integration
 * clients, on behalf of their own tenant. A network administrator never reads referral contents.
 */
final class ReferralStaff {
    private ReferralStaff() {}

    static TenantId tenantOf(Caller caller) {
        boolean staff = caller.has(Role.CASEWORKER) || caller.has(Role.TENANT_ADMIN) || caller.has(Role.INTEGRATION);
        if (!staff || caller.tenant().isEmpty()) {
            throw new AccessDenied("referrals are handled by an institution's caseworkers, admins and integrations");
        }
        return caller.tenantId();
    }
}

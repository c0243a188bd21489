package be.passerelle.core.tenant;

import be.passerelle.core.shared.CallContext;

/**
 * What must happen when a tenant is suspended besides its status (e.g. telling the senders of its
 * open referrals). Runs inside the suspending unit of work, bound to the suspended tenant.
 */
public interface TenantSuspension {
    void suspended(CallContext context, Tenant tenant);
}

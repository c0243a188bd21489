package be.passerelle.core.tenant;

import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.shared.TenantStatus;

/**
 * What must follow a tenant's suspension or reactivation besides its status (telling the senders of
 * its open referrals, refreshing the directory). Runs inside the same unit of work, bound to that
 * tenant.
 */
public interface TenantStatusListener {
    void statusChanged(CallContext context, Tenant tenant, TenantStatus now);
}

package be.passerelle.core.statistics;

import be.passerelle.core.shared.AccessDenied;
import be.passerelle.core.shared.Caller;
import be.passerelle.core.shared.Role;
import be.passerelle.core.shared.Tenant;

/** Who writes a tenant's annual reports: that tenant's admin only. */
final class ReportAdmin {
    private ReportAdmin() {}

    static Tenant tenantOf(Caller caller) {
        return caller.tenant()
                .filter(t -> caller.has(Role.TENANT_ADMIN))
                .orElseThrow(() -> new AccessDenied("annual reports are written by the institution's tenant-admin"));
    }

    static String resourceId(Tenant tenant, int year) {
        return tenant.slug().value() + "/" + year;
    }
}

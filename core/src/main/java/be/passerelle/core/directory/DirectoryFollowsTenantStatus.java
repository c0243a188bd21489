package be.passerelle.core.directory;

import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.shared.TenantStatus;
import be.passerelle.core.tenant.TenantStatusListener;

/**
 * A suspended institution stays in the directory but takes no referrals: the entries read the
 * tenant's status, and the directory is marked changed so that every node's finder sees it.
 */
public final class DirectoryFollowsTenantStatus implements TenantStatusListener {
    private final Taxonomies taxonomies;

    public DirectoryFollowsTenantStatus(Taxonomies taxonomies) {
        this.taxonomies = taxonomies;
    }

    @Override
    public void statusChanged(CallContext context, Tenant tenant, TenantStatus now) {
        taxonomies.changed();
    }
}

package be.passerelle.core.tenant;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.shared.Tenant;

/**
 * What else a new tenant needs besides its identity and its row (e.g. its directory entry). Runs
 * inside the unit of work that creates the tenant, so it succeeds or fails with it.
 */
public interface TenantOnboarding {
    void tenantCreated(Tenant tenant, Actor actor);
}

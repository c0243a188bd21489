package be.passerelle.core.tenant;

import be.passerelle.core.shared.Tenant;
import be.passerelle.core.shared.TenantKind;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.core.shared.TenantStatus;
import java.util.List;
import java.util.Optional;

/** The tenants table (shared: readable by every caller, written by network operations). */
public interface Tenants {

    Optional<Tenant> findBySlug(TenantSlug slug);

    List<Tenant> all();

    /**
     * Inserts the institution if its slug is new; an existing tenant is left as it is.
     *
     * @return true when a tenant was created
     */
    boolean addIfAbsent(Tenant tenant);

    /** Inserts a new tenant; a taken slug is a {@link be.passerelle.core.shared.Conflict}. */
    void add(Tenant tenant);

    /** Changes names and kind; the tenant must exist. */
    void rename(
            be.passerelle.core.shared.TenantId tenant, be.passerelle.core.shared.LocalizedText names, TenantKind kind);

    void changeStatus(be.passerelle.core.shared.TenantId tenant, TenantStatus status);

    List<Tenant> withStatus(TenantStatus status);

    /** Sets whether the tenant takes referrals and its acknowledgement deadline (working days). */
    void updateIntake(
            be.passerelle.core.shared.TenantId tenant, boolean acceptsReferrals, int acknowledgementWorkingDays);
}

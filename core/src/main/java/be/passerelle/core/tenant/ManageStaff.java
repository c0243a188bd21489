package be.passerelle.core.tenant;

import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.shared.AccessDenied;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.Conflict;
import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.NotFound;
import be.passerelle.core.shared.Role;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.core.shared.UnitOfWork;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * A tenant's admin manages its staff (SPEC §4.1). The network admin may list them and may create
 * the first tenant-admin of a tenant that has none, nothing more: it can never give itself access
 * to referral contents. Every change is audited in the tenant's trail.
 */
public final class ManageStaff {
    private final TenantAdministration administration;
    private final IdentityProvisioning identity;

    public ManageStaff(
            UnitOfWork unitOfWork, Tenants tenants, IdentityProvisioning identity, AuditTrail audit, Clock clock) {
        this.administration = new TenantAdministration(unitOfWork, tenants, audit, clock);
        this.identity = identity;
    }

    public List<StaffMember> list(CallContext context, TenantSlug slug) {
        Tenant tenant = administration.find(slug);
        if (!TenantAdministration.isAdminOf(context, tenant)) {
            TenantAdministration.requireNetworkAdmin(context);
        }
        return identity.members(slug);
    }

    public StaffMember invite(CallContext context, TenantSlug slug, NewStaffMember member) {
        Tenant tenant = administration.find(slug);
        if (!TenantAdministration.isAdminOf(context, tenant)) {
            TenantAdministration.requireNetworkAdmin(context);
            if (!member.roles().equals(Set.of(Role.TENANT_ADMIN))
                    || identity.members(slug).stream().anyMatch(m -> m.roles().contains(Role.TENANT_ADMIN))) {
                throw new AccessDenied("the network admin may only create the first tenant-admin of a tenant");
            }
        }
        if (identity.emailInUse(member.email())) {
            throw new Conflict("this email already belongs to an account; one person, one institution");
        }
        StaffMember created = identity.invite(slug, member);
        try {
            administration.auditNow(context, tenant.id(), "staff.invited", "user", created.id());
        } catch (RuntimeException e) {
            identity.deleteAccount(created.id());
            throw e;
        }
        return created;
    }

    public StaffMember change(CallContext context, TenantSlug slug, String userId, Set<Role> roles, Boolean enabled) {
        Tenant tenant = requireAdminOf(context, slug);
        StaffMember current = identity.member(slug, userId).orElseThrow(() -> new NotFound("user"));
        Set<Role> newRoles = roles == null ? current.roles() : StaffRoles.check(roles);
        boolean newEnabled = enabled == null ? current.enabled() : enabled;
        if (userId.equals(context.caller().userId()) && (!newEnabled || !newRoles.contains(Role.TENANT_ADMIN))) {
            throw new InvalidInput("an admin cannot disable itself or drop its own admin role");
        }
        StaffMember changed = identity.change(slug, userId, newRoles, newEnabled);
        administration.auditNow(context, tenant.id(), "staff.changed", "user", userId);
        return changed;
    }

    public void remove(CallContext context, TenantSlug slug, String userId) {
        Tenant tenant = requireAdminOf(context, slug);
        identity.member(slug, userId).orElseThrow(() -> new NotFound("user"));
        if (userId.equals(context.caller().userId())) {
            throw new InvalidInput("an admin cannot remove itself");
        }
        identity.remove(slug, userId);
        administration.auditNow(context, tenant.id(), "staff.removed", "user", userId);
    }

    private Tenant requireAdminOf(CallContext context, TenantSlug slug) {
        Tenant tenant = administration.find(slug);
        if (!TenantAdministration.isAdminOf(context, tenant)) {
            throw new AccessDenied("only the tenant's own admins manage its staff");
        }
        return tenant;
    }
}

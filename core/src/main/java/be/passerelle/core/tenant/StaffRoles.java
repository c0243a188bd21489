package be.passerelle.core.tenant;

import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.Role;
import java.util.Set;

/** The roles a tenant's admin may give its staff. */
public final class StaffRoles {
    private static final Set<Role> GRANTABLE = Set.of(Role.TENANT_ADMIN, Role.CASEWORKER);

    private StaffRoles() {}

    /** The roles a tenant's admin may give: {@code tenant-admin} and {@code caseworker}. */
    public static Set<Role> grantable() {
        return GRANTABLE;
    }

    public static Set<Role> check(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInput("at least one role is required");
        }
        if (!GRANTABLE.containsAll(roles)) {
            throw new InvalidInput("staff roles are tenant-admin and caseworker only");
        }
        return Set.copyOf(roles);
    }
}

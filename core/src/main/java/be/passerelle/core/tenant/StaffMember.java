package be.passerelle.core.tenant;

import be.passerelle.core.shared.Role;
import java.util.Objects;
import java.util.Set;

/** A person (or nothing more than an account) of a tenant, as the identity provider knows it. */
public record StaffMember(
        String id, String username, String email, String firstName, String lastName, Set<Role> roles, boolean enabled) {
    public StaffMember {
        Objects.requireNonNull(id, "id");
        roles = Set.copyOf(roles);
    }
}

package be.passerelle.core.notification;

import be.passerelle.core.shared.Role;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A staff member as the mails need them: the identity provider's user id, address, roles, whether
 * the account is enabled, and the language the user chose there (Keycloak's {@code locale}).
 */
public record StaffContact(
        String userId, Optional<String> email, Set<Role> roles, boolean enabled, Optional<String> locale) {
    public StaffContact {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(email, "email");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(locale, "locale");
    }

    /** Enabled, with an address, and holding {@code role}. */
    boolean reachableAs(Role role) {
        return enabled && email.isPresent() && roles.contains(role);
    }
}

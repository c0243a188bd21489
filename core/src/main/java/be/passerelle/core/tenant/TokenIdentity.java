package be.passerelle.core.tenant;

import be.passerelle.core.shared.Role;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a verified access token says about its bearer: subject, user name, realm roles and the
 * organizations (tenant slugs) it names.
 */
public record TokenIdentity(
        String subject, String username, String clientId, Set<Role> roles, List<String> organizations) {
    public TokenIdentity {
        Objects.requireNonNull(subject, "subject");
        username = username == null ? subject : username;
        roles = Set.copyOf(roles);
        organizations = List.copyOf(organizations);
    }
}

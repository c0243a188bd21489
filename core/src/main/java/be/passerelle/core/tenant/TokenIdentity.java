package be.passerelle.core.tenant;

import be.passerelle.core.shared.ApiScope;
import be.passerelle.core.shared.Role;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a verified access token says about its bearer: subject, user name, realm roles, the
 * organizations (tenant slugs) it names and the integration scopes its {@code scope} claim grants.
 */
public record TokenIdentity(
        String subject,
        String username,
        String clientId,
        Set<Role> roles,
        List<String> organizations,
        Set<ApiScope> scopes) {
    public TokenIdentity {
        Objects.requireNonNull(subject, "subject");
        username = username == null ? subject : username;
        roles = Set.copyOf(roles);
        organizations = List.copyOf(organizations);
        scopes = Set.copyOf(scopes);
    }

    /** A token that grants no integration scope (a person's token). */
    public TokenIdentity(
            String subject, String username, String clientId, Set<Role> roles, List<String> organizations) {
        this(subject, username, clientId, roles, organizations, Set.of());
    }
}

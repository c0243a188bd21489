package be.passerelle.core.shared;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, as established once at the edge from a verified token: the user (or service
 * account) id, its name, its realm roles, for staff and integrations its tenant and, for an
 * integration, the API client it acts as and the scopes its token grants.
 *
 * @param clientId the API client (the token's authorized party) of an integration, else empty
 */
public record Caller(
        String userId,
        String username,
        Set<Role> roles,
        Optional<Tenant> tenant,
        Set<ApiScope> scopes,
        Optional<String> clientId) {
    public Caller {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(tenant, "tenant");
        scopes = Set.copyOf(scopes);
        Objects.requireNonNull(clientId, "clientId");
    }

    /** A person (or an unrestricted client): every scope. */
    public Caller(String userId, String username, Set<Role> roles, Optional<Tenant> tenant) {
        this(userId, username, roles, tenant, EnumSet.allOf(ApiScope.class), Optional.empty());
    }

    /**
     * Whether the caller may act within {@code scope}: staff always may (their roles decide), an
     * integration client only within the scopes it was given (SPEC §3).
     */
    public boolean mayUse(ApiScope scope) {
        return !has(Role.INTEGRATION) || scopes.contains(scope);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The caller's tenant, for operations that act on behalf of one institution. */
    public TenantId tenantId() {
        return tenant.map(Tenant::id).orElseThrow(() -> new AccessDenied("this operation needs a tenant"));
    }
}

package be.passerelle.infra.keycloak;

import be.passerelle.core.shared.ApiScope;
import be.passerelle.core.shared.Role;
import be.passerelle.core.tenant.TokenIdentity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a Keycloak access token's claims (already verified): {@code sub}, {@code
 * preferred_username}, the realm roles under {@code realm_access.roles}, the {@code organization}
 * claim, which Keycloak 26 writes as a list of aliases (or, with organization attributes, an object
 * keyed by alias), and the integration scopes among the space-separated {@code scope} claim.
 */
public final class KeycloakClaims {
    private KeycloakClaims() {}

    public static TokenIdentity identity(Map<String, Object> claims) {
        String subject = String.valueOf(claims.get("sub"));
        Object username = claims.get("preferred_username");
        Object clientId = claims.get("azp");
        return new TokenIdentity(
                subject,
                username == null ? null : username.toString(),
                clientId == null ? null : clientId.toString(),
                realmRoles(claims),
                organizations(claims),
                apiScopes(claims));
    }

    /** The integration scopes the {@code scope} claim grants; other scopes ({@code openid}, …) are ignored. */
    public static Set<ApiScope> apiScopes(Map<String, Object> claims) {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        if (claims.get("scope") instanceof String granted) {
            for (String name : granted.trim().split("\\s+")) {
                for (ApiScope scope : ApiScope.values()) {
                    if (scope.value().equals(name)) {
                        scopes.add(scope);
                    }
                }
            }
        }
        return scopes;
    }

    public static Set<Role> realmRoles(Map<String, Object> claims) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (claims.get("realm_access") instanceof Map<?, ?> realmAccess
                && realmAccess.get("roles") instanceof Collection<?> names) {
            for (Object name : names) {
                Role.fromClaim(String.valueOf(name)).ifPresent(roles::add);
            }
        }
        return roles;
    }

    public static List<String> organizations(Map<String, Object> claims) {
        Object claim = claims.get("organization");
        List<String> aliases = new ArrayList<>();
        if (claim instanceof Collection<?> list) {
            list.forEach(alias -> aliases.add(String.valueOf(alias)));
        } else if (claim instanceof Map<?, ?> byAlias) {
            byAlias.keySet().forEach(alias -> aliases.add(String.valueOf(alias)));
        } else if (claim instanceof String alias) {
            aliases.add(alias);
        }
        return aliases;
    }
}

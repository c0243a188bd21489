package be.passerelle.api.me;

import be.passerelle.core.shared.Caller;
import be.passerelle.core.shared.Role;
import be.passerelle.core.shared.Tenant;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The caller as the API sees it.
 *
 * @param userId the Keycloak user (or service account) id
 * @param username the user name
 * @param tenant the caller's institution; absent for network administrators
 * @param roles the caller's realm roles
 */
record MeResponse(
        String userId,
        String username,
        @Schema(nullable = true) TenantSummary tenant,
        List<String> roles) {

    /**
     * @param slug the tenant's slug (its Keycloak organization alias)
     * @param kind FEDERAL, REGIONAL, COMMUNITY, LOCAL or SECTORAL
     * @param names the institution's names by language code
     */
    record TenantSummary(String slug, String kind, Map<String, String> names) {
        static TenantSummary of(Tenant tenant) {
            Map<String, String> names = new LinkedHashMap<>();
            tenant.names().values().forEach((language, name) -> names.put(language.code(), name));
            return new TenantSummary(tenant.slug().value(), tenant.kind().name(), names);
        }
    }

    static MeResponse of(Caller caller) {
        return new MeResponse(
                caller.userId(),
                caller.username(),
                caller.tenant().map(TenantSummary::of).orElse(null),
                caller.roles().stream().map(Role::claimValue).sorted().toList());
    }
}

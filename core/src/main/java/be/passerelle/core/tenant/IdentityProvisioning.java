package be.passerelle.core.tenant;

import be.passerelle.core.shared.ApiScope;
import be.passerelle.core.shared.TenantSlug;
import java.util.List;
import java.util.Optional;

/**
 * The identity provider's side of a tenant: its organization, its staff and its API clients. Every
 * method throws {@link be.passerelle.core.shared.Unavailable} when the provider cannot be reached
 * and {@link be.passerelle.core.shared.Conflict} when the change clashes with what exists.
 */
public interface IdentityProvisioning {

    /** Creates the organization if it does not exist (idempotent). */
    void ensureOrganization(TenantSlug tenant, String name);

    /** Removes the organization (compensation of a failed creation); absent is fine. */
    void deleteOrganization(TenantSlug tenant);

    /** True when an account with this email exists anywhere in the realm. */
    boolean emailInUse(String email);

    /** Creates the account as a member of the tenant's organization and sends it the invitation. */
    StaffMember invite(TenantSlug tenant, NewStaffMember member);

    /** Removes an account entirely (compensation of a failed creation). */
    void deleteAccount(String userId);

    List<StaffMember> members(TenantSlug tenant);

    Optional<StaffMember> member(TenantSlug tenant, String userId);

    /** Replaces the member's roles and enabled flag; disabling ends its sessions at once. */
    StaffMember change(
            TenantSlug tenant, String userId, java.util.Set<be.passerelle.core.shared.Role> roles, boolean enabled);

    /** The member leaves the organization, loses its tenant roles and its sessions end. */
    void remove(TenantSlug tenant, String userId);

    ApiClientCredentials createApiClient(TenantSlug tenant, String name, java.util.Set<ApiScope> scopes);

    /** Deletes the client: it can get no new token. */
    void deleteApiClient(TenantSlug tenant, String clientId);

    /** Makes sure the integration scopes exist as OAuth scopes of the realm (idempotent). */
    void ensureApiScopes();

    /**
     * Makes the client's tokens carry exactly {@code scopes} in their {@code scope} claim
     * (idempotent); used to migrate clients created before the scopes were OAuth scopes.
     *
     * @throws be.passerelle.core.shared.NotFound when the tenant has no such client
     */
    void grantApiScopes(TenantSlug tenant, String clientId, java.util.Set<ApiScope> scopes);

    /**
     * Gives the client a new secret; the previous one keeps obtaining tokens for {@code grace},
     * then stops.
     *
     * @throws be.passerelle.core.shared.NotFound when the tenant has no such client
     */
    RotatedSecret rotateApiClientSecret(TenantSlug tenant, String clientId, java.time.Duration grace);
}

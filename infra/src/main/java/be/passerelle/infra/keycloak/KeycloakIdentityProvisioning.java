package be.passerelle.infra.keycloak;

import be.passerelle.core.shared.ApiScope;
import be.passerelle.core.shared.NotFound;
import be.passerelle.core.shared.Role;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.core.shared.Unavailable;
import be.passerelle.core.tenant.ApiClient;
import be.passerelle.core.tenant.ApiClientCredentials;
import be.passerelle.core.tenant.IdentityProvisioning;
import be.passerelle.core.tenant.NewStaffMember;
import be.passerelle.core.tenant.StaffMember;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Tenants' identities in Keycloak 26: a tenant is an organization (alias = slug); staff are users,
 * members of it, with realm roles; API clients are confidential clients made from one fixed
 * template whose service account is a member too.
 */
public final class KeycloakIdentityProvisioning implements IdentityProvisioning {
    private static final Set<Role> TENANT_ROLES = EnumSet.of(Role.TENANT_ADMIN, Role.CASEWORKER);
    private static final int INVITATION_LIFESPAN_SECONDS = 7 * 24 * 3600;
    private static final String TENANT_ATTRIBUTE = "passerelle.tenant";

    private final KeycloakAdminApi api;
    private final KeycloakAdminSettings settings;
    private final Map<String, String> organizationIds = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    public KeycloakIdentityProvisioning(KeycloakAdminSettings settings, Clock clock) {
        this.settings = settings;
        this.api = new KeycloakAdminApi(settings, clock);
    }

    @Override
    public void ensureOrganization(TenantSlug tenant, String name) {
        if (findOrganization(tenant).isPresent()) {
            return;
        }
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("name", name);
        organization.put("alias", tenant.value());
        organization.put("enabled", true);
        organization.put("description", "Passerelle tenant " + tenant.value());
        api.post("/organizations", organization, 201)
                .createdId()
                .ifPresent(id -> organizationIds.put(tenant.value(), id));
    }

    @Override
    public void deleteOrganization(TenantSlug tenant) {
        Optional<String> id = findOrganization(tenant);
        if (id.isPresent()) {
            api.delete("/organizations/" + id.get(), 204, 404);
            organizationIds.remove(tenant.value());
        }
    }

    @Override
    public boolean emailInUse(String email) {
        return !api.get("/users?exact=true&email=" + KeycloakAdminApi.encode(email))
                .json()
                .isEmpty();
    }

    @Override
    public StaffMember invite(TenantSlug tenant, NewStaffMember member) {
        String organization = organizationId(tenant);
        List<String> actions = new ArrayList<>(List.of("UPDATE_PASSWORD", "UPDATE_PROFILE"));
        if (settings.secondFactor()) {
            actions.add("CONFIGURE_TOTP");
        }
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", member.email());
        user.put("email", member.email());
        user.put("emailVerified", true);
        user.put("enabled", true);
        if (member.firstName() != null) {
            user.put("firstName", member.firstName());
        }
        if (member.lastName() != null) {
            user.put("lastName", member.lastName());
        }
        user.put("requiredActions", actions);
        String id = api.post("/users", user, 201).createdId().orElseThrow();
        try {
            grantRealmRoles(id, member.roles());
            api.post("/organizations/" + organization + "/members", id, 201);
            api.put("/users/" + id + "/execute-actions-email?lifespan=" + INVITATION_LIFESPAN_SECONDS, actions, 204);
        } catch (RuntimeException e) {
            try {
                deleteAccount(id);
            } catch (RuntimeException undo) {
                e.addSuppressed(undo);
            }
            throw e;
        }
        return new StaffMember(
                id, member.email(), member.email(), member.firstName(), member.lastName(), member.roles(), true);
    }

    @Override
    public void deleteAccount(String userId) {
        api.delete("/users/" + userId, 204, 404);
    }

    @Override
    public List<StaffMember> members(TenantSlug tenant) {
        List<StaffMember> members = new ArrayList<>();
        for (JsonNode user : api.get("/organizations/" + organizationId(tenant) + "/members?first=0&max=1000")
                .json()) {
            if (user.path("username").asString().startsWith("service-account-")) {
                continue;
            }
            members.add(toMember(user));
        }
        return members;
    }

    @Override
    public Optional<StaffMember> member(TenantSlug tenant, String userId) {
        if (!userId.matches("[0-9a-fA-F-]{36}")) {
            return Optional.empty();
        }
        KeycloakAdminApi.Reply reply =
                api.send404Aware("/organizations/" + organizationId(tenant) + "/members/" + userId);
        if (reply.status() == 404 || reply.json().path("username").asString().startsWith("service-account-")) {
            return Optional.empty();
        }
        return Optional.of(toMember(reply.json()));
    }

    @Override
    public StaffMember change(TenantSlug tenant, String userId, Set<Role> roles, boolean enabled) {
        StaffMember current = member(tenant, userId).orElseThrow(() -> new NotFound("user"));
        Set<Role> removed = EnumSet.noneOf(Role.class);
        removed.addAll(TENANT_ROLES);
        removed.removeAll(roles);
        removed.retainAll(current.roles());
        Set<Role> added = EnumSet.noneOf(Role.class);
        added.addAll(roles);
        added.removeAll(current.roles());
        if (!added.isEmpty()) {
            grantRealmRoles(userId, added);
        }
        if (!removed.isEmpty()) {
            revokeRealmRoles(userId, removed);
        }
        if (current.enabled() != enabled) {
            api.put("/users/" + userId, Map.of("enabled", enabled), 204);
        }
        if (!enabled || !removed.isEmpty()) {
            api.post("/users/" + userId + "/logout", null, 204);
        }
        return member(tenant, userId).orElseThrow(() -> new NotFound("user"));
    }

    @Override
    public void remove(TenantSlug tenant, String userId) {
        StaffMember current = member(tenant, userId).orElseThrow(() -> new NotFound("user"));
        api.delete("/organizations/" + organizationId(tenant) + "/members/" + userId, 204);
        Set<Role> held = EnumSet.noneOf(Role.class);
        held.addAll(current.roles());
        held.retainAll(TENANT_ROLES);
        if (!held.isEmpty()) {
            revokeRealmRoles(userId, held);
        }
        api.post("/users/" + userId + "/logout", null, 204);
    }

    @Override
    public ApiClientCredentials createApiClient(TenantSlug tenant, String name, Set<ApiScope> scopes) {
        String organization = organizationId(tenant);
        String clientId = tenant.value() + "-" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-"
                + HexFormat.of().formatHex(randomBytes(3));
        String scopeList = scopes.stream().map(ApiScope::value).sorted().collect(Collectors.joining(" "));
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("clientId", clientId);
        client.put("name", name);
        client.put("description", "Passerelle integration client of " + tenant.value());
        client.put("enabled", true);
        client.put("protocol", "openid-connect");
        client.put("publicClient", false);
        client.put("clientAuthenticatorType", "client-secret");
        client.put("serviceAccountsEnabled", true);
        client.put("standardFlowEnabled", false);
        client.put("implicitFlowEnabled", false);
        client.put("directAccessGrantsEnabled", false);
        client.put("redirectUris", List.of());
        client.put("webOrigins", List.of());
        client.put("defaultClientScopes", List.of("basic", "roles", "organization"));
        client.put("optionalClientScopes", List.of());
        client.put("attributes", Map.of(TENANT_ATTRIBUTE, tenant.value(), "passerelle.scopes", scopeList));
        client.put(
                "protocolMappers",
                List.of(Map.of(
                        "name", "passerelle-api audience",
                        "protocol", "openid-connect",
                        "protocolMapper", "oidc-audience-mapper",
                        "config",
                                Map.of(
                                        "included.custom.audience", settings.apiAudience(),
                                        "access.token.claim", "true",
                                        "id.token.claim", "false",
                                        "introspection.token.claim", "true"))));
        String id = api.post("/clients", client, 201).createdId().orElseThrow();
        try {
            String secret = api.get("/clients/" + id + "/client-secret")
                    .json()
                    .path("value")
                    .asString();
            String serviceAccount = api.get("/clients/" + id + "/service-account-user")
                    .json()
                    .path("id")
                    .asString();
            grantRealmRoles(serviceAccount, Set.of(Role.INTEGRATION));
            api.post("/organizations/" + organization + "/members", serviceAccount, 201);
            return new ApiClientCredentials(new ApiClient(clientId, name, scopes), secret);
        } catch (RuntimeException e) {
            try {
                api.delete("/clients/" + id, 204, 404);
            } catch (RuntimeException undo) {
                e.addSuppressed(undo);
            }
            throw e;
        }
    }

    @Override
    public void deleteApiClient(TenantSlug tenant, String clientId) {
        for (JsonNode client : api.get("/clients?clientId=" + KeycloakAdminApi.encode(clientId))
                .json()) {
            if (tenant.value()
                    .equals(client.path("attributes").path(TENANT_ATTRIBUTE).asString())) {
                api.delete("/clients/" + client.path("id").asString(), 204, 404);
            }
        }
    }

    private Optional<String> findOrganization(TenantSlug tenant) {
        String cached = organizationIds.get(tenant.value());
        if (cached != null) {
            return Optional.of(cached);
        }
        for (JsonNode organization : api.get("/organizations?first=0&max=1000&briefRepresentation=true")
                .json()) {
            organizationIds.put(
                    organization.path("alias").asString(),
                    organization.path("id").asString());
        }
        return Optional.ofNullable(organizationIds.get(tenant.value()));
    }

    private String organizationId(TenantSlug tenant) {
        return findOrganization(tenant)
                .orElseThrow(() -> new Unavailable("the tenant has no organization in the identity provider yet"));
    }

    private void grantRealmRoles(String userId, Set<Role> roles) {
        api.post("/users/" + userId + "/role-mappings/realm", roleRepresentations(roles), 204);
    }

    private void revokeRealmRoles(String userId, Set<Role> roles) {
        api.deleteWithBody("/users/" + userId + "/role-mappings/realm", roleRepresentations(roles), 204);
    }

    private List<JsonNode> roleRepresentations(Set<Role> roles) {
        return roles.stream()
                .map(role -> api.get("/roles/" + role.claimValue()).json())
                .toList();
    }

    private StaffMember toMember(JsonNode user) {
        String id = user.path("id").asString();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (JsonNode role : api.get("/users/" + id + "/role-mappings/realm").json()) {
            Role.fromClaim(role.path("name").asString()).ifPresent(roles::add);
        }
        return new StaffMember(
                id,
                user.path("username").asString(),
                user.path("email").asString(null),
                user.path("firstName").asString(null),
                user.path("lastName").asString(null),
                roles,
                user.path("enabled").asBoolean(true));
    }

    private byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}

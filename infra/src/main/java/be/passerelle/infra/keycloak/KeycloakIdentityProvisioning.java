package be.passerelle.infra.keycloak;

import be.passerelle.core.shared.ApiScope;
import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.NotFound;
import be.passerelle.core.shared.Role;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.core.shared.Unavailable;
import be.passerelle.core.tenant.ApiClient;
import be.passerelle.core.tenant.ApiClientCredentials;
import be.passerelle.core.tenant.IdentityProvisioning;
import be.passerelle.core.tenant.NewStaffMember;
import be.passerelle.core.tenant.RotatedSecret;
import be.passerelle.core.tenant.StaffMember;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * template whose service account is a member too. The integration scopes are realm client scopes of
 * the same names, given to each API client as default client scopes, so that its tokens' {@code
 * scope} claim carries them. Secrets are rotated by Keycloak's client secret rotation (client
 * policies, feature {@code client-secret-rotation}): a client policy matching the API clients keeps
 * the previous secret valid for the grace period.
 */
public final class KeycloakIdentityProvisioning implements IdentityProvisioning {
    private static final Set<Role> TENANT_ROLES = EnumSet.of(Role.TENANT_ADMIN, Role.CASEWORKER);
    private static final int INVITATION_LIFESPAN_SECONDS = 7 * 24 * 3600;
    private static final String TENANT_ATTRIBUTE = "passerelle.tenant";
    /** Marks the API clients, for the secret rotation policy's condition. */
    private static final String API_CLIENT_ATTRIBUTE = "passerelle.api-client";
    /** The client attribute where Keycloak keeps when the rotated (previous) secret stops, in epoch seconds. */
    private static final String ROTATED_SECRET_EXPIRY = "client.secret.rotated.expiration.time";

    private static final String ROTATION = "passerelle-api-client-secrets";
    /**
     * How long a secret lives before Keycloak refuses it: the rotation executor needs a bound; five
     * years, an operator's reminder rather than a schedule (rotate before that).
     */
    private static final long SECRET_LIFETIME_SECONDS = 5L * 365 * 24 * 3600;

    private final KeycloakAdminApi api;
    private final KeycloakAdminSettings settings;
    private final Clock clock;
    private final Map<String, String> organizationIds = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    public KeycloakIdentityProvisioning(KeycloakAdminSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
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
        client.put(
                "attributes",
                Map.of(TENANT_ATTRIBUTE, tenant.value(), API_CLIENT_ATTRIBUTE, "true", "passerelle.scopes", scopeList));
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
            assignDefaultScopes(id, scopes);
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

    @Override
    public void ensureApiScopes() {
        Set<String> existing = new java.util.HashSet<>();
        for (JsonNode scope : api.get("/client-scopes").json()) {
            existing.add(scope.path("name").asString());
        }
        for (ApiScope scope : ApiScope.values()) {
            if (existing.contains(scope.value())) {
                continue;
            }
            Map<String, Object> representation = new LinkedHashMap<>();
            representation.put("name", scope.value());
            representation.put("description", "Passerelle integration scope " + scope.value());
            representation.put("protocol", "openid-connect");
            representation.put(
                    "attributes",
                    Map.of(
                            "include.in.token.scope", "true",
                            "display.on.consent.screen", "false"));
            // 409: another node created it meanwhile
            api.post("/client-scopes", representation, 201, 409);
        }
    }

    @Override
    public void grantApiScopes(TenantSlug tenant, String clientId, Set<ApiScope> scopes) {
        JsonNode client = findClient(tenant, clientId).orElseThrow(() -> new NotFound("API client"));
        String id = client.path("id").asString();
        if (!"true".equals(client.path("attributes").path(API_CLIENT_ATTRIBUTE).asString(null))) {
            markAsApiClient(id);
        }
        assignDefaultScopes(id, scopes);
    }

    @Override
    public RotatedSecret rotateApiClientSecret(TenantSlug tenant, String clientId, Duration grace) {
        JsonNode client = findClient(tenant, clientId).orElseThrow(() -> new NotFound("API client"));
        String id = client.path("id").asString();
        ensureRotationPolicy(grace);
        if (!"true".equals(client.path("attributes").path(API_CLIENT_ATTRIBUTE).asString(null))) {
            markAsApiClient(id);
        }
        String secret = api.post("/clients/" + id + "/client-secret", null, 200)
                .json()
                .path("value")
                .asString();
        if (grace.isZero()) {
            return new RotatedSecret(clientId, secret, clock.instant());
        }
        String expiry = api.get("/clients/" + id)
                .json()
                .path("attributes")
                .path(ROTATED_SECRET_EXPIRY)
                .asString(null);
        if (expiry == null || expiry.isBlank()) {
            throw new Unavailable("the identity provider did not keep the previous secret (is its"
                    + " client-secret-rotation feature enabled?)");
        }
        return new RotatedSecret(clientId, secret, Instant.ofEpochSecond(Long.parseLong(expiry.trim())));
    }

    /**
     * Makes sure the realm has the client profile (secret rotation executor, the previous secret valid
     * for {@code grace}) and the client policy that applies it to the API clients; changes only what
     * differs and keeps the realm's other profiles and policies.
     */
    private void ensureRotationPolicy(Duration grace) {
        long rotatedSeconds = grace.toSeconds();
        Map<String, Object> configuration = new LinkedHashMap<>();
        configuration.put("expiration-period", SECRET_LIFETIME_SECONDS);
        configuration.put("rotated-expiration-period", rotatedSeconds);
        configuration.put("remaining-rotation-period", Math.min(rotatedSeconds, 10L * 24 * 3600));
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("name", ROTATION);
        profile.put("description", "Passerelle API clients: the previous secret stays valid for the grace period");
        profile.put("executors", List.of(Map.of("executor", "secret-rotation", "configuration", configuration)));
        try {
            List<Object> profiles = new ArrayList<>();
            boolean current = false;
            for (JsonNode existing : api.get("/client-policies/profiles").json().path("profiles")) {
                if (ROTATION.equals(existing.path("name").asString())) {
                    JsonNode config = existing.path("executors").path(0).path("configuration");
                    current = config.path("rotated-expiration-period").asLong(-1) == rotatedSeconds
                            && config.path("expiration-period").asLong(-1) == SECRET_LIFETIME_SECONDS;
                } else {
                    profiles.add(existing);
                }
            }
            if (!current) {
                profiles.add(profile);
                api.put("/client-policies/profiles", Map.of("profiles", profiles), 204);
            }
            List<Object> policies = new ArrayList<>();
            boolean present = false;
            for (JsonNode existing : api.get("/client-policies/policies").json().path("policies")) {
                present |= ROTATION.equals(existing.path("name").asString())
                        && existing.path("enabled").asBoolean(false);
                if (!ROTATION.equals(existing.path("name").asString())) {
                    policies.add(existing);
                }
            }
            if (!present) {
                Map<String, Object> policy = new LinkedHashMap<>();
                policy.put("name", ROTATION);
                policy.put("description", "Secret rotation of the Passerelle API clients");
                policy.put("enabled", true);
                policy.put(
                        "conditions",
                        List.of(Map.of(
                                "condition",
                                "client-attributes",
                                "configuration",
                                Map.of(
                                        "attributes",
                                        "[{\"key\":\"" + API_CLIENT_ATTRIBUTE + "\",\"value\":\"true\"}]"))));
                policy.put("profiles", List.of(ROTATION));
                policies.add(policy);
                api.put("/client-policies/policies", Map.of("policies", policies), 204);
            }
        } catch (InvalidInput refused) {
            throw new Unavailable("the identity provider refused the secret rotation policy (is its"
                    + " client-secret-rotation feature enabled?)");
        }
    }

    /** Adds the API-client marker to a client created before it existed (its secret is left alone). */
    private void markAsApiClient(String id) {
        JsonNode representation = api.get("/clients/" + id).json();
        Map<String, Object> client = KeycloakAdminApi.JSON.convertValue(
                representation, new tools.jackson.core.type.TypeReference<Map<String, Object>>() {});
        client.remove("secret");
        Map<String, Object> attributes = new LinkedHashMap<>();
        if (client.get("attributes") instanceof Map<?, ?> existing) {
            existing.forEach((key, value) -> attributes.put(String.valueOf(key), value));
        }
        attributes.put(API_CLIENT_ATTRIBUTE, "true");
        client.put("attributes", attributes);
        api.put("/clients/" + id, client, 204);
    }

    /** The client's default client scopes include exactly {@code scopes} among the integration scopes. */
    private void assignDefaultScopes(String id, Set<ApiScope> scopes) {
        Map<String, String> ids = apiScopeIds();
        Set<String> assigned = new java.util.HashSet<>();
        for (JsonNode scope :
                api.get("/clients/" + id + "/default-client-scopes").json()) {
            assigned.add(scope.path("name").asString());
        }
        for (ApiScope scope : ApiScope.values()) {
            boolean wanted = scopes.contains(scope);
            if (wanted && !assigned.contains(scope.value())) {
                api.put("/clients/" + id + "/default-client-scopes/" + ids.get(scope.value()), null, 204);
            } else if (!wanted && assigned.contains(scope.value())) {
                api.delete("/clients/" + id + "/default-client-scopes/" + ids.get(scope.value()), 204, 404);
            }
        }
    }

    /** The ids of the integration scopes, by name; creates them first if the realm lacks one. */
    private Map<String, String> apiScopeIds() {
        Map<String, String> ids = new java.util.HashMap<>();
        for (JsonNode scope : api.get("/client-scopes").json()) {
            ids.put(scope.path("name").asString(), scope.path("id").asString());
        }
        for (ApiScope scope : ApiScope.values()) {
            if (!ids.containsKey(scope.value())) {
                ensureApiScopes();
                return apiScopeIds();
            }
        }
        return ids;
    }

    private Optional<JsonNode> findClient(TenantSlug tenant, String clientId) {
        for (JsonNode client : api.get("/clients?clientId=" + KeycloakAdminApi.encode(clientId))
                .json()) {
            if (tenant.value()
                    .equals(client.path("attributes").path(TENANT_ATTRIBUTE).asString())) {
                return Optional.of(client);
            }
        }
        return Optional.empty();
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

package be.passerelle.infra.keycloak;

import be.passerelle.core.notification.StaffContact;
import be.passerelle.core.notification.StaffDirectory;
import be.passerelle.core.shared.Role;
import be.passerelle.core.shared.TenantSlug;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * The staff of an institution for its mails, from Keycloak 26: the members of its organization (with
 * their {@code locale} attribute, which the realm's internationalisation manages) and the users
 * holding the tenant roles. Answers are kept for {@code ttl} (a few calls per institution and minute
 * however many referrals it receives); an organization Keycloak does not know has no staff.
 */
public final class KeycloakStaffDirectory implements StaffDirectory {
    private static final Set<Role> TENANT_ROLES = EnumSet.of(Role.TENANT_ADMIN, Role.CASEWORKER);

    private final KeycloakAdminApi api;
    private final Clock clock;
    private final Duration ttl;
    private final Map<String, Cached<List<StaffContact>>> staff = new ConcurrentHashMap<>();
    private volatile Cached<Map<String, String>> organizations;
    private volatile Cached<Map<Role, Set<String>>> roleHolders;

    private record Cached<T>(T value, Instant until) {}

    public KeycloakStaffDirectory(KeycloakAdminSettings settings, Clock clock, Duration ttl) {
        this.api = new KeycloakAdminApi(settings, clock);
        this.clock = clock;
        this.ttl = ttl;
    }

    @Override
    public List<StaffContact> staff(TenantSlug tenant) {
        Cached<List<StaffContact>> cached = staff.get(tenant.value());
        if (cached != null && clock.instant().isBefore(cached.until())) {
            return cached.value();
        }
        List<StaffContact> loaded = load(tenant);
        staff.put(tenant.value(), new Cached<>(loaded, clock.instant().plus(ttl)));
        return loaded;
    }

    /** Forgets what was read: the next calls ask Keycloak again (a test that changed a user). */
    public void forget() {
        staff.clear();
        organizations = null;
        roleHolders = null;
    }

    private List<StaffContact> load(TenantSlug tenant) {
        Optional<String> organization = Optional.ofNullable(organizations().get(tenant.value()));
        if (organization.isEmpty()) {
            return List.of();
        }
        Map<Role, Set<String>> holders = roleHolders();
        List<StaffContact> members = new ArrayList<>();
        for (JsonNode user : api.get(
                        "/organizations/" + organization.get() + "/members?first=0&max=1000&briefRepresentation=false")
                .json()) {
            String username = user.path("username").asString("");
            if (username.startsWith("service-account-")) {
                continue;
            }
            String id = user.path("id").asString();
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (Role role : TENANT_ROLES) {
                if (holders.getOrDefault(role, Set.of()).contains(id)) {
                    roles.add(role);
                }
            }
            String locale = user.path("attributes").path("locale").path(0).asString(null);
            members.add(new StaffContact(
                    id,
                    Optional.ofNullable(user.path("email").asString(null)).filter(e -> !e.isBlank()),
                    roles,
                    user.path("enabled").asBoolean(true),
                    Optional.ofNullable(locale).filter(l -> !l.isBlank())));
        }
        return List.copyOf(members);
    }

    private Map<String, String> organizations() {
        Cached<Map<String, String>> cached = organizations;
        if (cached != null && clock.instant().isBefore(cached.until())) {
            return cached.value();
        }
        Map<String, String> ids = new HashMap<>();
        for (JsonNode organization : api.get("/organizations?first=0&max=1000&briefRepresentation=true")
                .json()) {
            ids.put(
                    organization.path("alias").asString(),
                    organization.path("id").asString());
        }
        organizations = new Cached<>(Map.copyOf(ids), clock.instant().plus(ttl));
        return ids;
    }

    private Map<Role, Set<String>> roleHolders() {
        Cached<Map<Role, Set<String>>> cached = roleHolders;
        if (cached != null && clock.instant().isBefore(cached.until())) {
            return cached.value();
        }
        Map<Role, Set<String>> holders = new HashMap<>();
        for (Role role : TENANT_ROLES) {
            Set<String> ids = new HashSet<>();
            for (JsonNode user : api.get(
                            "/roles/" + role.claimValue() + "/users?first=0&max=10000&briefRepresentation=true")
                    .json()) {
                ids.add(user.path("id").asString());
            }
            holders.put(role, Set.copyOf(ids));
        }
        roleHolders = new Cached<>(Map.copyOf(holders), clock.instant().plus(ttl));
        return holders;
    }
}

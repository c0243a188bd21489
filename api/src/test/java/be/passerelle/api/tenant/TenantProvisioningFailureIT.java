package be.passerelle.api.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.api.ApiIntegrationTest;
import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.shared.ApiScope;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.Caller;
import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.LocalizedText;
import be.passerelle.core.shared.Role;
import be.passerelle.core.shared.TenantKind;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.core.shared.Unavailable;
import be.passerelle.core.shared.UnitOfWork;
import be.passerelle.core.tenant.ApiClientCredentials;
import be.passerelle.core.tenant.CreateTenant;
import be.passerelle.core.tenant.CreateTenantCommand;
import be.passerelle.core.tenant.IdentityProvisioning;
import be.passerelle.core.tenant.NewStaffMember;
import be.passerelle.core.tenant.RotatedSecret;
import be.passerelle.core.tenant.StaffMember;
import be.passerelle.core.tenant.TenantOnboarding;
import be.passerelle.core.tenant.Tenants;
import be.passerelle.infra.keycloak.KeycloakAdminSettings;
import be.passerelle.infra.keycloak.KeycloakIdentityProvisioning;
import be.passerelle.infra.testing.KeycloakTestServer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Keycloak failing before or half-way through a tenant creation leaves nothing behind. */
class TenantProvisioningFailureIT extends ApiIntegrationTest {
    private static final CallContext NETWORK_ADMIN = new CallContext(
            new Caller("test-admin", "network-admin", Set.of(Role.NETWORK_ADMIN), Optional.empty()), "test-request");

    @Autowired
    UnitOfWork unitOfWork;

    @Autowired
    Tenants tenants;

    @Autowired
    AuditTrail audit;

    @Autowired
    TenantOnboarding onboarding;

    @Test
    void keycloak_unreachable_is_unavailable_and_creates_nothing() {
        IdentityProvisioning dead = provisioning("http://127.0.0.1:1");
        TenantSlug slug = new TenantSlug("dead-" + UUID.randomUUID().toString().substring(0, 8));
        CreateTenant create = new CreateTenant(unitOfWork, tenants, dead, onboarding, audit, Clock.systemUTC());
        assertThatThrownBy(() -> create.create(NETWORK_ADMIN, command(slug))).isInstanceOf(Unavailable.class);
        assertThat(unitOfWork.inShared(() -> tenants.findBySlug(slug))).isEmpty();
    }

    @Test
    void keycloak_failing_half_way_leaves_no_organization_and_no_tenant() {
        IdentityProvisioning real = provisioning(KeycloakTestServer.shared().baseUrl());
        IdentityProvisioning failingInvite = new FailingInvite(real);
        TenantSlug slug = new TenantSlug("half-" + UUID.randomUUID().toString().substring(0, 8));
        CreateTenant create =
                new CreateTenant(unitOfWork, tenants, failingInvite, onboarding, audit, Clock.systemUTC());
        assertThatThrownBy(() -> create.create(NETWORK_ADMIN, command(slug))).isInstanceOf(Unavailable.class);
        assertThat(unitOfWork.inShared(() -> tenants.findBySlug(slug))).isEmpty();
        assertThat(keycloak().organizationAliases()).doesNotContain(slug.value());
    }

    private static CreateTenantCommand command(TenantSlug slug) {
        return new CreateTenantCommand(
                slug,
                new LocalizedText(Map.of(Language.FR, "Médiateur " + slug)),
                TenantKind.LOCAL,
                "admin-" + slug + "@example.org");
    }

    private static IdentityProvisioning provisioning(String baseUrl) {
        return new KeycloakIdentityProvisioning(
                new KeycloakAdminSettings(
                        baseUrl,
                        "passerelle",
                        "passerelle-admin",
                        "dev-only-passerelle-admin-secret",
                        "passerelle-api",
                        false,
                        Duration.ofSeconds(2)),
                Clock.systemUTC());
    }

    /** The real Keycloak, except that inviting the first admin fails as if Keycloak went down. */
    private record FailingInvite(IdentityProvisioning real) implements IdentityProvisioning {
        @Override
        public void ensureOrganization(TenantSlug tenant, String name) {
            real.ensureOrganization(tenant, name);
        }

        @Override
        public void deleteOrganization(TenantSlug tenant) {
            real.deleteOrganization(tenant);
        }

        @Override
        public boolean emailInUse(String email) {
            return real.emailInUse(email);
        }

        @Override
        public StaffMember invite(TenantSlug tenant, NewStaffMember member) {
            throw new Unavailable("Keycloak went away");
        }

        @Override
        public void deleteAccount(String userId) {
            real.deleteAccount(userId);
        }

        @Override
        public List<StaffMember> members(TenantSlug tenant) {
            return real.members(tenant);
        }

        @Override
        public Optional<StaffMember> member(TenantSlug tenant, String userId) {
            return real.member(tenant, userId);
        }

        @Override
        public StaffMember change(TenantSlug tenant, String userId, Set<Role> roles, boolean enabled) {
            return real.change(tenant, userId, roles, enabled);
        }

        @Override
        public void remove(TenantSlug tenant, String userId) {
            real.remove(tenant, userId);
        }

        @Override
        public ApiClientCredentials createApiClient(TenantSlug tenant, String name, Set<ApiScope> scopes) {
            return real.createApiClient(tenant, name, scopes);
        }

        @Override
        public void deleteApiClient(TenantSlug tenant, String clientId) {
            real.deleteApiClient(tenant, clientId);
        }

        @Override
        public void ensureApiScopes() {
            real.ensureApiScopes();
        }

        @Override
        public void grantApiScopes(TenantSlug tenant, String clientId, Set<ApiScope> scopes) {
            real.grantApiScopes(tenant, clientId, scopes);
        }

        @Override
        public RotatedSecret rotateApiClientSecret(TenantSlug tenant, String clientId, Duration grace) {
            return real.rotateApiClientSecret(tenant, clientId, grace);
        }
    }
}

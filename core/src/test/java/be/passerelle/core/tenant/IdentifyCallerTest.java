package be.passerelle.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.shared.AccessDenied;
import be.passerelle.core.shared.ApiScope;
import be.passerelle.core.shared.Caller;
import be.passerelle.core.shared.Role;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.TenantStatus;
import be.passerelle.core.testing.DirectUnitOfWork;
import be.passerelle.core.testing.InMemoryTenants;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdentifyCallerTest {
    private final InMemoryTenants tenants = new InMemoryTenants();
    private final IdentifyCaller identify = new IdentifyCaller(new DirectUnitOfWork(), tenants, new NoApiClients());

    @Test
    void a_caseworker_of_an_active_tenant_gets_that_tenant() {
        Tenant wal = tenants.add("mediateur-wallonie-fwb", TenantStatus.ACTIVE, false);
        Caller caller = identify.identify(token(Set.of(Role.CASEWORKER), "mediateur-wallonie-fwb"));
        assertThat(caller.tenant()).contains(wal);
        assertThat(caller.tenantId()).isEqualTo(wal.id());
        assertThat(caller.clientId()).isEmpty();
    }

    @Test
    void a_tenant_role_without_organization_is_refused() {
        assertThatThrownBy(() -> identify.identify(token(Set.of(Role.CASEWORKER))))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void an_unknown_organization_is_refused() {
        assertThatThrownBy(() -> identify.identify(token(Set.of(Role.TENANT_ADMIN), "nobody-knows")))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void an_organization_that_is_not_a_slug_is_refused() {
        assertThatThrownBy(() -> identify.identify(token(Set.of(Role.CASEWORKER), "Not A Slug!")))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void a_suspended_tenant_is_refused() {
        tenants.add("suspended-one", TenantStatus.SUSPENDED, false);
        assertThatThrownBy(() -> identify.identify(token(Set.of(Role.INTEGRATION), "suspended-one")))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void a_tenant_still_provisioning_is_refused() {
        tenants.add("new-one", TenantStatus.PROVISIONING, false);
        assertThatThrownBy(() -> identify.identify(token(Set.of(Role.CASEWORKER), "new-one")))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void several_organizations_are_refused_even_for_a_network_admin() {
        tenants.add("a", TenantStatus.ACTIVE, false);
        tenants.add("b", TenantStatus.ACTIVE, false);
        assertThatThrownBy(() -> identify.identify(token(Set.of(Role.NETWORK_ADMIN), "a", "b")))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void an_integration_client_of_an_active_tenant_must_still_be_registered() {
        tenants.add("with-clients", TenantStatus.ACTIVE, false);
        TokenIdentity known = new TokenIdentity(
                "sa-1",
                "service-account-known",
                "known-client",
                Set.of(Role.INTEGRATION),
                List.of("with-clients"),
                Set.of(ApiScope.REFERRALS_READ));
        TokenIdentity revoked = new TokenIdentity(
                "sa-2", "service-account-gone", "revoked-client", Set.of(Role.INTEGRATION), List.of("with-clients"));
        Caller client = identify.identify(known);
        assertThat(client.tenant()).isPresent();
        assertThat(client.clientId()).contains("known-client");
        assertThat(client.mayUse(ApiScope.REFERRALS_READ)).isTrue();
        assertThat(client.mayUse(ApiScope.REFERRALS_WRITE)).isFalse();
        assertThatThrownBy(() -> identify.identify(revoked)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void an_integration_client_may_do_what_its_token_grants_not_what_its_record_says() {
        tenants.add("token-scopes", TenantStatus.ACTIVE, false);
        // the record of known-client grants referrals:read only
        Caller client = identify.identify(new TokenIdentity(
                "sa-1",
                "service-account-known",
                "known-client",
                Set.of(Role.INTEGRATION),
                List.of("token-scopes"),
                Set.of(ApiScope.MESSAGES_WRITE)));
        assertThat(client.mayUse(ApiScope.MESSAGES_WRITE)).isTrue();
        assertThat(client.mayUse(ApiScope.REFERRALS_READ)).isFalse();
        Caller withoutScopes = identify.identify(new TokenIdentity(
                "sa-1", "service-account-known", "known-client", Set.of(Role.INTEGRATION), List.of("token-scopes")));
        assertThat(ApiScope.values()).noneMatch(withoutScopes::mayUse);
    }

    @Test
    void a_network_admin_needs_no_tenant() {
        Caller caller = identify.identify(token(Set.of(Role.NETWORK_ADMIN)));
        assertThat(caller.tenant()).isEmpty();
        assertThatThrownBy(caller::tenantId).isInstanceOf(AccessDenied.class);
    }

    private static TokenIdentity token(Set<Role> roles, String... organizations) {
        return new TokenIdentity("user-1", "someone", "passerelle-web", roles, List.of(organizations));
    }

    /** Integration clients: only {@code known-client} is active. */
    static final class NoApiClients implements ApiClients {
        @Override
        public void add(TenantId tenant, ApiClient client) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ApiClient> list(TenantId tenant) {
            return List.of();
        }

        @Override
        public boolean revoke(TenantId tenant, String clientId) {
            return false;
        }

        @Override
        public Optional<ApiClient> active(TenantId tenant, String clientId) {
            return "known-client".equals(clientId)
                    ? Optional.of(new ApiClient(clientId, "known", Set.of(ApiScope.REFERRALS_READ)))
                    : Optional.empty();
        }
    }
}

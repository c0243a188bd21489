package be.passerelle.infra.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.core.shared.ApiScope;
import be.passerelle.core.shared.Role;
import be.passerelle.core.tenant.TokenIdentity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeycloakClaimsTest {

    @Test
    void reads_subject_username_realm_roles_and_organizations() {
        TokenIdentity identity = KeycloakClaims.identity(Map.of(
                "sub",
                "u-1",
                "preferred_username",
                "wal-agent",
                "realm_access",
                Map.of("roles", List.of("caseworker", "offline_access", "default-roles-passerelle")),
                "organization",
                List.of("mediateur-wallonie-fwb")));
        assertThat(identity.subject()).isEqualTo("u-1");
        assertThat(identity.username()).isEqualTo("wal-agent");
        assertThat(identity.roles()).containsExactly(Role.CASEWORKER);
        assertThat(identity.organizations()).containsExactly("mediateur-wallonie-fwb");
    }

    @Test
    void reads_the_integration_scopes_of_the_scope_claim_and_ignores_the_others() {
        TokenIdentity identity = KeycloakClaims.identity(
                Map.of("sub", "sa-1", "scope", "profile referrals:read  messages:write email referrals:admin"));
        assertThat(identity.scopes()).containsExactlyInAnyOrder(ApiScope.REFERRALS_READ, ApiScope.MESSAGES_WRITE);
        assertThat(KeycloakClaims.identity(Map.of("sub", "u-9")).scopes()).isEmpty();
    }

    @Test
    void reads_organizations_written_as_an_object_keyed_by_alias() {
        TokenIdentity identity = KeycloakClaims.identity(
                Map.of("sub", "u-2", "organization", Map.of("energy-ombudsman", Map.of("id", "x"))));
        assertThat(identity.organizations()).containsExactly("energy-ombudsman");
    }

    @Test
    void a_token_without_roles_or_organization_has_none() {
        TokenIdentity identity = KeycloakClaims.identity(Map.of("sub", "u-3"));
        assertThat(identity.roles()).isEmpty();
        assertThat(identity.organizations()).isEmpty();
        assertThat(identity.username()).isEqualTo("u-3");
    }
}

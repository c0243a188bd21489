package be.passerelle.api.tenant;

import be.passerelle.core.shared.ApiScope;
import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.Role;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.tenant.ApiClient;
import be.passerelle.core.tenant.ApiClientCredentials;
import be.passerelle.core.tenant.RotatedSecret;
import be.passerelle.core.tenant.StaffMember;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Response bodies of the tenant administration endpoints. */
final class TenantResponses {
    private TenantResponses() {}

    /**
     * @param id the tenant's id
     * @param slug its slug (Keycloak organization alias)
     * @param kind FEDERAL, REGIONAL, COMMUNITY, LOCAL or SECTORAL
     * @param names names by language code
     * @param languages languages served
     * @param status PROVISIONING, ACTIVE or SUSPENDED
     * @param acceptsReferrals whether other institutions may refer cases to it
     * @param acknowledgementWorkingDays its acknowledgement deadline
     */
    record TenantResponse(
            UUID id,
            String slug,
            String kind,
            Map<String, String> names,
            List<String> languages,
            String status,
            boolean acceptsReferrals,
            int acknowledgementWorkingDays) {
        static TenantResponse of(Tenant tenant) {
            return new TenantResponse(
                    tenant.id().value(),
                    tenant.slug().value(),
                    tenant.kind().name(),
                    byCode(tenant.names().values()),
                    tenant.languages().stream().map(Language::code).toList(),
                    tenant.status().name(),
                    tenant.acceptsReferrals(),
                    tenant.acknowledgementWorkingDays());
        }
    }

    /**
     * @param id the Keycloak user id
     * @param username the user name (the email for invited staff)
     * @param email the email
     * @param firstName first name, if known
     * @param lastName last name, if known
     * @param roles tenant roles
     * @param enabled whether the account may sign in
     */
    record StaffResponse(
            String id,
            String username,
            String email,
            @Schema(nullable = true) String firstName,
            @Schema(nullable = true) String lastName,
            List<String> roles,
            boolean enabled) {
        static StaffResponse of(StaffMember member) {
            return new StaffResponse(
                    member.id(),
                    member.username(),
                    member.email(),
                    member.firstName(),
                    member.lastName(),
                    member.roles().stream().map(Role::claimValue).sorted().toList(),
                    member.enabled());
        }
    }

    /**
     * @param clientId the OAuth2 client id (client-credentials grant)
     * @param name the label
     * @param scopes what it may do
     */
    record ApiClientResponse(String clientId, String name, List<String> scopes) {
        static ApiClientResponse of(ApiClient client) {
            return new ApiClientResponse(
                    client.clientId(),
                    client.name(),
                    client.scopes().stream().map(ApiScope::value).sorted().toList());
        }
    }

    /**
     * @param clientId the OAuth2 client id
     * @param clientSecret the secret, shown this once only
     * @param name the label
     * @param scopes what it may do
     * @param tokenEndpoint where to get tokens (client-credentials grant)
     */
    record NewApiClientResponse(
            String clientId, String clientSecret, String name, List<String> scopes, String tokenEndpoint) {
        static NewApiClientResponse of(ApiClientCredentials created, String tokenEndpoint) {
            ApiClientResponse client = ApiClientResponse.of(created.client());
            return new NewApiClientResponse(
                    client.clientId(), created.clientSecret(), client.name(), client.scopes(), tokenEndpoint);
        }
    }

    /**
     * @param clientId the OAuth2 client id
     * @param clientSecret the new secret, shown this once only
     * @param previousSecretExpiresAt when the previous secret stops obtaining tokens (until then both do)
     * @param tokenEndpoint where to get tokens (client-credentials grant)
     */
    @Schema(name = "RotatedApiClientSecret")
    record RotatedSecretResponse(
            String clientId, String clientSecret, Instant previousSecretExpiresAt, String tokenEndpoint) {
        static RotatedSecretResponse of(RotatedSecret rotated, String tokenEndpoint) {
            return new RotatedSecretResponse(
                    rotated.clientId(), rotated.clientSecret(), rotated.previousSecretExpiresAt(), tokenEndpoint);
        }

        @Override
        public String toString() {
            return "RotatedSecretResponse[clientId=" + clientId + ", clientSecret=***]";
        }
    }

    static Map<String, String> byCode(Map<Language, String> values) {
        Map<String, String> byCode = new LinkedHashMap<>();
        values.forEach((language, value) -> byCode.put(language.code(), value));
        return byCode;
    }
}

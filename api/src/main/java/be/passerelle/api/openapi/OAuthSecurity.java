package be.passerelle.api.openapi;

import be.passerelle.api.security.IntegrationScopeFilter;
import be.passerelle.core.shared.ApiScope;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Objects;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * The document's security, from configuration: one OAuth2 scheme of the configured Keycloak realm
 * with the authorization-code flow (staff, with PKCE) and the client-credentials flow (integrations,
 * with the four integration scopes); {@code servers} is the configured public base URL. Each
 * referral operation requires the scope {@link IntegrationScopeFilter#required} says the API
 * enforces, so the document and the filter cannot disagree.
 */
final class OAuthSecurity implements OpenApiCustomizer {
    static final String SCHEME = "keycloak";

    private final String issuer;
    private final String publicBaseUrl;

    OAuthSecurity(String issuer, String publicBaseUrl) {
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.publicBaseUrl = Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
    }

    @Override
    public void customise(OpenAPI openApi) {
        openApi.setServers(List.of(new Server().url(publicBaseUrl).description("Passerelle API")));
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents().addSecuritySchemes(SCHEME, scheme());
        openApi.setSecurity(List.of(new SecurityRequirement().addList(SCHEME)));
        openApi.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    // an operation that declares its own security (public ones: none) keeps it
                    if (operation.getSecurity() == null) {
                        IntegrationScopeFilter.required(method.name(), path)
                                .ifPresent(scope -> operation.setSecurity(
                                        List.of(new SecurityRequirement().addList(SCHEME, scope.value()))));
                    }
                }));
    }

    private SecurityScheme scheme() {
        String oidc = issuer + "/protocol/openid-connect";
        Scopes integrationScopes = new Scopes();
        for (ApiScope scope : ApiScope.values()) {
            integrationScopes.addString(scope.value(), description(scope));
        }
        return new SecurityScheme()
                .type(SecurityScheme.Type.OAUTH2)
                .description("Keycloak realm " + issuer + ". Staff sign in with the authorization-code flow;"
                        + " PKCE (S256) is required. Integrations use the client-credentials flow of the API client"
                        + " their tenant's admin created; its token's scope claim carries the scopes it was"
                        + " granted, and a referral operation answers 403 without the scope it lists. Staff are"
                        + " governed by their roles, not by these scopes.")
                .flows(new OAuthFlows()
                        .authorizationCode(new OAuthFlow()
                                .authorizationUrl(oidc + "/auth")
                                .tokenUrl(oidc + "/token")
                                .scopes(new Scopes().addString("openid", "OpenID Connect")))
                        .clientCredentials(
                                new OAuthFlow().tokenUrl(oidc + "/token").scopes(integrationScopes)));
    }

    private static String description(ApiScope scope) {
        return switch (scope) {
            case REFERRALS_READ -> "Read the tenant's referrals: boxes, details, thread, flows";
            case REFERRALS_WRITE -> "Create referrals, change their state and attach files";
            case MESSAGES_WRITE -> "Post messages to a referral's thread";
            case ATTACHMENTS_READ -> "Download a referral's attachments";
        };
    }
}

package be.passerelle.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.api.ApiIntegrationTest;
import be.passerelle.api.security.IntegrationScopeFilter;
import be.passerelle.core.shared.ApiScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The document's security comes from configuration and from the scope mapping the API enforces;
 * Swagger UI signs staff in with PKCE and shows the same document.
 */
class OpenApiSecurityIT extends ApiIntegrationTest {
    private static final String ISSUER = "http://localhost:8180/realms/passerelle";

    @Test
    void the_scheme_has_both_flows_at_the_configured_issuer_and_servers_is_the_public_base_url() {
        JsonNode document = get("/v3/api-docs", null).json();
        assertThat(document.path("servers").get(0).path("url").asString()).isEqualTo("http://localhost:8080");
        JsonNode flows = document.path("components")
                .path("securitySchemes")
                .path("keycloak")
                .path("flows");
        assertThat(flows.path("authorizationCode").path("authorizationUrl").asString())
                .isEqualTo(ISSUER + "/protocol/openid-connect/auth");
        assertThat(flows.path("clientCredentials").path("tokenUrl").asString())
                .isEqualTo(ISSUER + "/protocol/openid-connect/token");
        for (ApiScope scope : ApiScope.values()) {
            assertThat(flows.path("clientCredentials")
                            .path("scopes")
                            .path(scope.value())
                            .asString())
                    .as(scope.value())
                    .isNotBlank();
        }
        assertThat(document.path("components")
                        .path("securitySchemes")
                        .path("keycloak")
                        .path("description")
                        .asString())
                .contains("PKCE");
    }

    @Test
    void every_referral_operation_requires_the_scope_the_api_enforces() {
        JsonNode document = get("/v3/api-docs", null).json();
        List<String> checked = new ArrayList<>();
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    String method = operation.getKey().toUpperCase(Locale.ROOT);
                    JsonNode security = operation.getValue().path("security");
                    IntegrationScopeFilter.required(method, path.getKey())
                            .ifPresentOrElse(
                                    scope -> {
                                        assertThat(security.path(0)
                                                        .path("keycloak")
                                                        .path(0)
                                                        .asString())
                                                .as(method + " " + path.getKey())
                                                .isEqualTo(scope.value());
                                        checked.add(scope.value());
                                    },
                                    () -> assertThat(security.toString())
                                            .as(method + " " + path.getKey())
                                            .doesNotContain(":"));
                }));
        assertThat(checked).contains("referrals:read", "referrals:write", "messages:write", "attachments:read");
    }

    @Test
    void swagger_ui_signs_in_with_pkce_as_the_public_browser_client_and_shows_the_served_document() {
        Response config = get("/v3/api-docs/swagger-config", null);
        assertThat(config.status()).isEqualTo(200);
        assertThat(config.json().path("url").asString()).as(config.body()).isEqualTo("/v3/api-docs");
        // springdoc writes the OAuth settings into the page's initializer (ui.initOAuth)
        Response initializer = get("/swagger-ui/swagger-initializer.js", null);
        assertThat(initializer.status()).isEqualTo(200);
        String script = initializer.body().replaceAll("\\s+", "");
        assertThat(script)
                .as(initializer.body())
                .contains("initOAuth(")
                .contains("\"clientId\":\"passerelle-web\"")
                .contains("\"usePkceWithAuthorizationCodeGrant\":true");
    }
}

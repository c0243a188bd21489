package be.passerelle.api.tenant;

import be.passerelle.api.tenant.TenantRequests.CreateApiClientRequest;
import be.passerelle.api.tenant.TenantResponses.ApiClientResponse;
import be.passerelle.api.tenant.TenantResponses.NewApiClientResponse;
import be.passerelle.api.tenant.TenantResponses.RotatedSecretResponse;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.core.tenant.ManageApiClients;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A tenant's integration clients (client-credentials), managed by its admins (SPEC §4.1). */
@RestController
@RequestMapping("/api/v1/tenants/{slug}/api-clients")
@Tag(name = "Tenants")
class ApiClientController {
    private final ManageApiClients manageApiClients;
    private final String tokenEndpoint;

    ApiClientController(ManageApiClients manageApiClients, @Value("${passerelle.security.issuer}") String issuer) {
        this.manageApiClients = manageApiClients;
        this.tokenEndpoint = issuer + "/protocol/openid-connect/token";
    }

    @PostMapping
    @ApiResponse(
            responseCode = "201",
            description = "Created; the secret is in this response only",
            headers = @Header(name = "Cache-Control", description = "no-store", schema = @Schema(type = "string")))
    @Operation(
            operationId = "createApiClient",
            summary = "Create an API client; its secret is in this response only",
            description = "Tenant admins only. Creates a confidential OAuth2 client whose client-credentials"
                    + " tokens act for the tenant with the scopes given (all four when none are): the token's"
                    + " scope claim carries them. The secret is shown once, never again.")
    ResponseEntity<NewApiClientResponse> create(
            CallContext context, @PathVariable String slug, @Valid @RequestBody CreateApiClientRequest request) {
        NewApiClientResponse created = NewApiClientResponse.of(
                manageApiClients.create(
                        context, new TenantSlug(slug), request.name(), TenantRequests.scopes(request.scopes())),
                tokenEndpoint);
        return ResponseEntity.created(URI.create("/api/v1/tenants/" + slug + "/api-clients/" + created.clientId()))
                .header("Cache-Control", "no-store")
                .body(created);
    }

    @GetMapping
    @Operation(
            operationId = "listApiClients",
            summary = "The tenant's active API clients (never their secrets)",
            description = "Tenant admins only: the tenant's clients that are not revoked, with their scopes.")
    List<ApiClientResponse> list(CallContext context, @PathVariable String slug) {
        return manageApiClients.list(context, new TenantSlug(slug)).stream()
                .map(ApiClientResponse::of)
                .toList();
    }

    @PostMapping("/{clientId}/secret")
    @ApiResponse(
            responseCode = "200",
            description = "Rotated; the new secret is in this response only",
            headers = @Header(name = "Cache-Control", description = "no-store", schema = @Schema(type = "string")))
    @Operation(
            operationId = "rotateApiClientSecret",
            summary = "Rotate an API client's secret; the previous one works until previousSecretExpiresAt",
            description = "Tenant admins only. Gives the client a new secret, shown once. The previous secret"
                    + " keeps obtaining tokens for the configured grace period (previousSecretExpiresAt), so the"
                    + " integration can switch without downtime; then it is refused. Tokens already issued stay"
                    + " valid until they expire. A client that is not one of the tenant's active clients is 404.")
    ResponseEntity<RotatedSecretResponse> rotateSecret(
            CallContext context,
            @PathVariable String slug,
            @Parameter(description = "the API client's client id, as created") @PathVariable String clientId) {
        RotatedSecretResponse rotated = RotatedSecretResponse.of(
                manageApiClients.rotateSecret(context, new TenantSlug(slug), clientId), tokenEndpoint);
        return ResponseEntity.ok().header("Cache-Control", "no-store").body(rotated);
    }

    @DeleteMapping("/{clientId}")
    @ApiResponse(responseCode = "204", description = "Revoked")
    @Operation(
            operationId = "revokeApiClient",
            summary = "Revoke an API client: its tokens stop working at once",
            description = "Tenant admins only. Deletes the client in the identity provider and marks it revoked:"
                    + " the API refuses its tokens already issued (403) and it can get no new one.")
    ResponseEntity<Void> revoke(
            CallContext context,
            @PathVariable String slug,
            @Parameter(description = "the API client's client id, as created") @PathVariable String clientId) {
        manageApiClients.revoke(context, new TenantSlug(slug), clientId);
        return ResponseEntity.noContent().build();
    }
}

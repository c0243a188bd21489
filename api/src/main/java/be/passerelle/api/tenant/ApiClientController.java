package be.passerelle.api.tenant;

import be.passerelle.api.tenant.TenantRequests.CreateApiClientRequest;
import be.passerelle.api.tenant.TenantResponses.ApiClientResponse;
import be.passerelle.api.tenant.TenantResponses.NewApiClientResponse;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.core.tenant.ManageApiClients;
import io.swagger.v3.oas.annotations.Operation;
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
    @ApiResponse(responseCode = "201", description = "Created; the secret is in this response only")
    @Operation(operationId = "createApiClient", summary = "Create an API client; its secret is in this response only")
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
    @Operation(operationId = "listApiClients", summary = "The tenant's active API clients (never their secrets)")
    List<ApiClientResponse> list(CallContext context, @PathVariable String slug) {
        return manageApiClients.list(context, new TenantSlug(slug)).stream()
                .map(ApiClientResponse::of)
                .toList();
    }

    @DeleteMapping("/{clientId}")
    @ApiResponse(responseCode = "204", description = "Revoked")
    @Operation(operationId = "revokeApiClient", summary = "Revoke an API client: its tokens stop working at once")
    ResponseEntity<Void> revoke(CallContext context, @PathVariable String slug, @PathVariable String clientId) {
        manageApiClients.revoke(context, new TenantSlug(slug), clientId);
        return ResponseEntity.noContent().build();
    }
}

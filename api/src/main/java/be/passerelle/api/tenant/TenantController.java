package be.passerelle.api.tenant;

import be.passerelle.api.tenant.TenantRequests.CreateTenantRequest;
import be.passerelle.api.tenant.TenantRequests.UpdateTenantRequest;
import be.passerelle.api.tenant.TenantResponses.TenantResponse;
import be.passerelle.api.web.Cursors;
import be.passerelle.api.web.PageLinks;
import be.passerelle.api.web.PageResponse;
import be.passerelle.core.seed.ImportNetworkSeed;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.PageRequest;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.core.tenant.CreateTenantCommand;
import be.passerelle.core.tenant.ManageTenants;
import be.passerelle.infra.seed.NetworkSeedFile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Network administration of tenants (SPEC §4.1). */
@RestController
@RequestMapping("/api/v1/tenants")
@Tag(name = "Tenants")
class TenantController {
    private final be.passerelle.core.tenant.CreateTenant createTenant;
    private final ManageTenants manageTenants;
    private final ImportNetworkSeed importNetworkSeed;

    TenantController(
            be.passerelle.core.tenant.CreateTenant createTenant,
            ManageTenants manageTenants,
            ImportNetworkSeed importNetworkSeed) {
        this.createTenant = createTenant;
        this.manageTenants = manageTenants;
        this.importNetworkSeed = importNetworkSeed;
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Created; Location names the tenant")
    @ApiResponse(
            responseCode = "409",
            description = "The slug is taken, or the admin's email already has an account",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    @Operation(
            operationId = "createTenant",
            summary = "Create a tenant, its Keycloak organization and its first admin (network-admin)",
            description = "By a network administrator. Creates the tenant, its Keycloak organization (alias = "
                    + "slug) and its first tenant-admin, whom Keycloak invites by email; the answer never "
                    + "contains a password. A Keycloak failure leaves no half-created tenant (503).")
    ResponseEntity<TenantResponse> create(CallContext context, @Valid @RequestBody CreateTenantRequest request) {
        TenantResponse created = TenantResponse.of(createTenant.create(
                context,
                new CreateTenantCommand(
                        new TenantSlug(request.slug()),
                        TenantRequests.names(request.names()),
                        request.kind(),
                        request.adminEmail())));
        return ResponseEntity.created(URI.create("/api/v1/tenants/" + created.slug()))
                .body(created);
    }

    @GetMapping
    @Operation(
            operationId = "listTenants",
            summary = "The tenants of the network by slug, a page at a time (network-admin)",
            description = "By a network administrator. Cursor-paged by slug; each tenant with its kind, names, "
                    + "languages and status.")
    PageResponse<TenantResponse> list(
            CallContext context,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
            @RequestParam(required = false) String cursor) {
        return PageLinks.of(
                manageTenants.list(context, new PageRequest(limit, Cursors.decode(cursor))), TenantResponse::of);
    }

    @GetMapping("/{slug}")
    @Operation(
            operationId = "getTenant",
            summary = "One tenant (network-admin, or that tenant's admin)",
            description = "By a network administrator, or by the tenant's own admins (403 for others).")
    TenantResponse get(CallContext context, @PathVariable String slug) {
        return TenantResponse.of(manageTenants.get(context, new TenantSlug(slug)));
    }

    @PatchMapping("/{slug}")
    @Operation(
            operationId = "updateTenant",
            summary = "Change a tenant's names or kind (network-admin)",
            description = "A merge patch (RFC 7396, application/merge-patch+json or application/json): the names"
                    + " sent are merged into the stored ones, a name set to null is removed.")
    TenantResponse update(
            CallContext context, @PathVariable String slug, @Valid @RequestBody UpdateTenantRequest request) {
        return TenantResponse.of(manageTenants.update(
                context,
                new TenantSlug(slug),
                LocalizedTexts.changes(request.names()),
                Optional.ofNullable(request.kind())));
    }

    @PostMapping("/{slug}/suspend")
    @Operation(
            operationId = "suspendTenant",
            summary = "Suspend a tenant: its users and clients get 403, its data is kept (network-admin)",
            description = "By a network administrator. The tenant's users and API clients get 403 on every "
                    + "tenant endpoint from their very next request; its data is kept, other tenants can no "
                    + "longer refer to it, and the senders of its open referrals are told.")
    TenantResponse suspend(CallContext context, @PathVariable String slug) {
        return TenantResponse.of(manageTenants.suspend(context, new TenantSlug(slug)));
    }

    @PostMapping("/{slug}/reactivate")
    @Operation(
            operationId = "reactivateTenant",
            summary = "Reactivate a suspended tenant (network-admin)",
            description = "By a network administrator. The tenant's users and API clients are let in again from "
                    + "their next request.")
    TenantResponse reactivate(CallContext context, @PathVariable String slug) {
        return TenantResponse.of(manageTenants.reactivate(context, new TenantSlug(slug)));
    }

    @PostMapping("/import")
    @Operation(
            operationId = "importNetworkSeed",
            summary = "Import the network seed data (network-admin)",
            description = "Every institution of the bundled seed file becomes a tenant, idempotently; new ones are"
                    + " PROVISIONING until the background reconciler has created their Keycloak organization.")
    Map<String, Integer> importSeed(CallContext context) {
        return Map.of("created", importNetworkSeed.runFor(context, NetworkSeedFile.bundled()));
    }
}

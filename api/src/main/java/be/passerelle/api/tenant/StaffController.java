package be.passerelle.api.tenant;

import be.passerelle.api.tenant.TenantRequests.ChangeStaffRequest;
import be.passerelle.api.tenant.TenantRequests.InviteStaffRequest;
import be.passerelle.api.tenant.TenantResponses.StaffResponse;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.Role;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.core.tenant.ManageStaff;
import be.passerelle.core.tenant.NewStaffMember;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A tenant's staff, managed by that tenant's admins (SPEC §4.1). */
@RestController
@RequestMapping("/api/v1/tenants/{slug}/users")
@Tag(name = "Tenants")
class StaffController {
    private final ManageStaff manageStaff;

    StaffController(ManageStaff manageStaff) {
        this.manageStaff = manageStaff;
    }

    @GetMapping
    @Operation(
            operationId = "listStaff",
            summary = "The tenant's staff (its admins; network-admin may list)",
            description = "The tenant's staff members with their roles and whether they are enabled. By the "
                    + "tenant's own admins; a network administrator may list them too.")
    List<StaffResponse> list(CallContext context, @PathVariable String slug) {
        return manageStaff.list(context, new TenantSlug(slug)).stream()
                .map(StaffResponse::of)
                .toList();
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Invited; Location names the staff member")
    @ApiResponse(
            responseCode = "409",
            description = "The email already has an account",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    @Operation(
            operationId = "inviteStaff",
            summary = "Invite a staff member (Keycloak emails the invitation)",
            description = "By the tenant's admins; network-admin only for the first tenant-admin of a tenant that has"
                    + " none. An email that already has an account is a 409.")
    ResponseEntity<StaffResponse> invite(
            CallContext context, @PathVariable String slug, @Valid @RequestBody InviteStaffRequest request) {
        StaffResponse created = StaffResponse.of(manageStaff.invite(
                context,
                new TenantSlug(slug),
                new NewStaffMember(request.email(), request.firstName(), request.lastName(), roles(request.roles()))));
        return ResponseEntity.created(URI.create("/api/v1/tenants/" + slug + "/users/" + created.id()))
                .body(created);
    }

    @PatchMapping("/{id}")
    @Operation(
            operationId = "changeStaff",
            summary = "Change a staff member's roles or disable it (sessions end at once)",
            description = "By the tenant's own admins: replaces the roles (tenant-admin and/or caseworker) "
                    + "and/or enables or disables the account. The member's sessions end at once; the change "
                    + "is audited.")
    StaffResponse change(
            CallContext context,
            @PathVariable String slug,
            @Parameter(description = "the staff member's user id") @PathVariable String id,
            @Valid @RequestBody ChangeStaffRequest request) {
        return StaffResponse.of(manageStaff.change(
                context,
                new TenantSlug(slug),
                id,
                request.roles() == null ? null : roles(request.roles()),
                request.enabled()));
    }

    @DeleteMapping("/{id}")
    @ApiResponse(responseCode = "204", description = "Removed")
    @Operation(
            operationId = "removeStaff",
            summary = "Remove a staff member from the tenant (sessions end at once)",
            description = "By the tenant's own admins: the member leaves the tenant's organization and its "
                    + "sessions end at once. The change is audited.")
    ResponseEntity<Void> remove(
            CallContext context,
            @PathVariable String slug,
            @Parameter(description = "the staff member's user id") @PathVariable String id) {
        manageStaff.remove(context, new TenantSlug(slug), id);
        return ResponseEntity.noContent().build();
    }

    private static Set<Role> roles(List<String> names) {
        return names.stream().map(name -> Role.fromClaim(name).orElseThrow()).collect(Collectors.toUnmodifiableSet());
    }
}

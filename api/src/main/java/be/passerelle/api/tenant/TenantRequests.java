package be.passerelle.api.tenant;

import be.passerelle.core.shared.ApiScope;
import be.passerelle.core.shared.LocalizedText;
import be.passerelle.core.shared.TenantKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Request bodies of the tenant administration endpoints. */
final class TenantRequests {
    private TenantRequests() {}

    /**
     * @param slug the tenant's slug and Keycloak organization alias
     * @param names names by language code (fr, nl, de, en); fr or nl required
     * @param kind FEDERAL, REGIONAL, COMMUNITY, LOCAL or SECTORAL
     * @param adminEmail the first tenant-admin, who receives the invitation
     */
    @Schema(name = "CreateTenantBody")
    record CreateTenantRequest(
            @NotBlank @Size(max = 63) @Pattern(regexp = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
            String slug,

            @NotEmpty Map<@Pattern(regexp = "fr|nl|de|en") String, @NotBlank @Size(max = 200) String> names,
            @NotNull TenantKind kind,
            @NotBlank @Email @Size(max = 254) String adminEmail) {}

    /**
     * @param names changed names by language, merged into the stored ones (RFC 7396: a language
     *     set to null is removed, the others stay; fr or nl must remain), optional
     * @param kind new kind, optional
     */
    @Schema(name = "UpdateTenantBody")
    record UpdateTenantRequest(
            Map<
                            @Pattern(regexp = "fr|nl|de|en") String,
                            @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @Size(max = 200) String>
                    names,
            TenantKind kind) {}

    /**
     * @param email the person's email (also the user name)
     * @param firstName first name, optional (asked at first login otherwise)
     * @param lastName last name, optional
     * @param roles tenant-admin and/or caseworker
     */
    @Schema(name = "InviteStaffBody")
    record InviteStaffRequest(
            @NotBlank @Email @Size(max = 254) String email,
            @Size(max = 100) String firstName,
            @Size(max = 100) String lastName,
            @NotEmpty List<@Pattern(regexp = "tenant-admin|caseworker") String> roles) {}

    /**
     * @param roles the new roles (tenant-admin and/or caseworker), optional
     * @param enabled false disables the account and ends its sessions, optional
     */
    @Schema(name = "ChangeStaffBody")
    record ChangeStaffRequest(List<@Pattern(regexp = "tenant-admin|caseworker") String> roles, Boolean enabled) {}

    /**
     * @param name a label for the integration
     * @param scopes referrals:read, referrals:write, messages:write, attachments:read; empty = all
     */
    @Schema(name = "CreateApiClientBody")
    record CreateApiClientRequest(
            @NotBlank @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9 ._-]+")
            String name,

            List<@Pattern(regexp = "referrals:read|referrals:write|messages:write|attachments:read") String> scopes) {}

    static LocalizedText names(Map<String, String> byCode) {
        return LocalizedTexts.of(byCode);
    }

    static Set<ApiScope> scopes(List<String> values) {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        if (values != null) {
            values.forEach(v -> scopes.add(ApiScope.of(v)));
        }
        return scopes;
    }
}

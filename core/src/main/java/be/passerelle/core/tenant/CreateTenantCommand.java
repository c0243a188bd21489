package be.passerelle.core.tenant;

import be.passerelle.core.shared.LocalizedText;
import be.passerelle.core.shared.TenantKind;
import be.passerelle.core.shared.TenantSlug;
import java.util.Objects;

/** A new member institution and the email of its first admin. */
public record CreateTenantCommand(TenantSlug slug, LocalizedText names, TenantKind kind, String adminEmail) {
    public CreateTenantCommand {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(adminEmail, "adminEmail");
    }
}

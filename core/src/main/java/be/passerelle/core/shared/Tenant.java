package be.passerelle.core.shared;

import java.util.List;
import java.util.Objects;

/** A member institution of the network. */
public record Tenant(
        TenantId id,
        TenantSlug slug,
        TenantKind kind,
        LocalizedText names,
        List<Language> languages,
        TenantStatus status,
        boolean acceptsReferrals,
        int acknowledgementWorkingDays) {
    public Tenant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(names, "names");
        languages = List.copyOf(languages);
        Objects.requireNonNull(status, "status");
        if (acknowledgementWorkingDays < 1 || acknowledgementWorkingDays > 60) {
            throw new be.passerelle.core.shared.InvalidInput("the acknowledgement deadline is 1 to 60 working days");
        }
    }

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }
}

package be.passerelle.core.tenant;

import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.LocalizedText;
import be.passerelle.core.shared.TenantId;
import java.util.List;
import java.util.Objects;

/** A tenant about to be created. */
public record NewTenant(
        TenantId id,
        TenantSlug slug,
        TenantKind kind,
        LocalizedText names,
        List<Language> languages,
        TenantStatus status,
        boolean acceptsReferrals,
        int acknowledgementWorkingDays) {
    public NewTenant {
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
}

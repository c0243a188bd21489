package be.passerelle.core.seed;

import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.LocalizedText;
import be.passerelle.core.shared.TenantKind;
import be.passerelle.core.shared.TenantSlug;
import java.util.List;
import java.util.Objects;

/** One institution of the network seed data. */
public record SeedInstitution(
        TenantSlug slug,
        TenantKind kind,
        LocalizedText names,
        List<Language> languages,
        int acknowledgementWorkingDays) {
    public SeedInstitution {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(names, "names");
        languages = List.copyOf(languages);
    }
}

package be.passerelle.core.directory;

import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.TenantKind;
import be.passerelle.core.shared.TenantSlug;
import java.time.Instant;
import java.util.Objects;

/** A stored directory entry: the institution, its current profile, version and last change. */
public record InstitutionEntry(
        TenantId tenant,
        TenantSlug slug,
        TenantKind kind,
        InstitutionProfile profile,
        EntryVersion version,
        Instant updatedAt) {
    public InstitutionEntry {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** What the competence finder needs of this entry. */
    public DirectoryEntry forFinder() {
        return new DirectoryEntry(
                slug, kind, profile.names(), profile.languages(), profile.competences(), profile.admissibility());
    }
}

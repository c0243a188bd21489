package be.passerelle.core.directory;

import be.passerelle.core.shared.TenantKind;
import be.passerelle.core.shared.TenantSlug;
import java.util.List;
import java.util.Objects;

/** The directory part of the network seed data: taxonomies, every institution's first entry, orientation points. */
public record DirectorySeed(
        List<Sector> sectors,
        List<Area> areas,
        List<Body> bodies,
        List<SeededEntry> entries,
        OrientationPoints orientationPoints) {
    public DirectorySeed {
        sectors = List.copyOf(sectors);
        areas = List.copyOf(areas);
        bodies = List.copyOf(bodies);
        entries = List.copyOf(entries);
        Objects.requireNonNull(orientationPoints, "orientationPoints");
    }

    /** The seed as the competence finder would see it; checks that every code it uses is known. */
    public NetworkDirectory directory() {
        return new NetworkDirectory(
                new Geography(areas),
                sectors,
                bodies,
                entries.stream()
                        .map(e -> new DirectoryEntry(
                                e.slug(),
                                e.kind(),
                                e.profile().names(),
                                e.profile().languages(),
                                e.profile().competences(),
                                e.profile().admissibility()))
                        .toList(),
                orientationPoints);
    }

    /** One institution's seeded entry. */
    public record SeededEntry(TenantSlug slug, TenantKind kind, InstitutionProfile profile) {
        public SeededEntry {
            Objects.requireNonNull(slug, "slug");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(profile, "profile");
        }
    }
}

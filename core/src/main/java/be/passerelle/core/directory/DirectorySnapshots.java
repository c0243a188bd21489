package be.passerelle.core.directory;

import be.passerelle.core.shared.TenantSlug;
import be.passerelle.core.shared.Unavailable;
import be.passerelle.core.shared.UnitOfWork;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The whole directory in memory, for the competence finder and for checking entries against the
 * taxonomies. Each use costs one small query (the directory's revision); the copy is rebuilt when
 * the revision moved, so every API node sees a change committed by any other.
 */
public final class DirectorySnapshots {
    private final UnitOfWork unitOfWork;
    private final Taxonomies taxonomies;
    private final DirectoryEntries entries;
    private final AtomicReference<Snapshot> cached = new AtomicReference<>();

    public DirectorySnapshots(UnitOfWork unitOfWork, Taxonomies taxonomies, DirectoryEntries entries) {
        this.unitOfWork = unitOfWork;
        this.taxonomies = taxonomies;
        this.entries = entries;
    }

    /** The directory at its latest revision. */
    public Snapshot current() {
        return unitOfWork.inShared(() -> {
            long revision = taxonomies.revision();
            Snapshot known = cached.get();
            if (known != null && known.revision() == revision) {
                return known;
            }
            Snapshot fresh = load(revision);
            cached.accumulateAndGet(fresh, (old, next) -> old != null && old.revision() > next.revision() ? old : next);
            return fresh;
        });
    }

    private Snapshot load(long revision) {
        OrientationPoints points = taxonomies
                .orientationPoints()
                .orElseThrow(() -> new Unavailable("the directory has not been loaded yet"));
        Map<TenantSlug, InstitutionEntry> bySlug = new LinkedHashMap<>();
        for (InstitutionEntry entry : entries.all()) {
            bySlug.put(entry.slug(), entry);
        }
        NetworkDirectory directory = new NetworkDirectory(
                new Geography(taxonomies.areas()),
                taxonomies.sectors(),
                taxonomies.bodies(),
                bySlug.values().stream().map(InstitutionEntry::forFinder).toList(),
                points);
        return new Snapshot(revision, directory, new CompetenceFinder(directory), Map.copyOf(bySlug));
    }

    /** One revision of the directory, with its finder. */
    public record Snapshot(
            long revision,
            NetworkDirectory directory,
            CompetenceFinder finder,
            Map<TenantSlug, InstitutionEntry> entries) {
        public Snapshot {
            Objects.requireNonNull(directory, "directory");
            Objects.requireNonNull(finder, "finder");
            entries = Map.copyOf(entries);
        }

        public Optional<InstitutionEntry> entry(TenantSlug slug) {
            return Optional.ofNullable(entries.get(slug));
        }

        public List<Area> areas() {
            return directory.geography().areas();
        }
    }
}

package be.passerelle.core.directory;

import be.passerelle.core.shared.Caller;
import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.NotFound;
import be.passerelle.core.shared.Page;
import be.passerelle.core.shared.PageRequest;
import be.passerelle.core.shared.Role;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.core.shared.UnitOfWork;
import java.util.List;
import java.util.Optional;

/** The public reads of the directory: search, one entry, its history, the taxonomies. */
public final class ReadDirectory {
    private final UnitOfWork unitOfWork;
    private final DirectoryEntries entries;
    private final Taxonomies taxonomies;
    private final DirectorySnapshots snapshots;

    public ReadDirectory(
            UnitOfWork unitOfWork, DirectoryEntries entries, Taxonomies taxonomies, DirectorySnapshots snapshots) {
        this.unitOfWork = unitOfWork;
        this.entries = entries;
        this.taxonomies = taxonomies;
        this.snapshots = snapshots;
    }

    /** Searches the directory; an unknown sector, or a region that is not a region or community, is invalid. */
    public Page<InstitutionEntry> search(DirectoryFilter filter, PageRequest page) {
        if (filter.sector().isPresent() || filter.region().isPresent()) {
            NetworkDirectory directory = snapshots.current().directory();
            filter.sector().ifPresent(directory::requireSector);
            filter.region().ifPresent(code -> {
                AreaKind kind = directory.geography().require(code).kind();
                if (kind != AreaKind.REGION && kind != AreaKind.COMMUNITY) {
                    throw new InvalidInput("region " + code + " is not a region or a community");
                }
            });
        }
        return unitOfWork.inShared(() -> entries.search(filter, page));
    }

    public InstitutionEntry entry(TenantSlug slug) {
        return unitOfWork.inShared(() -> entries.find(slug)).orElseThrow(() -> notFound(slug));
    }

    /**
     * The entry's versions, newest first. Authors are users for the institution's own admins and
     * network administrators ({@code showsUsers}); anybody else sees the institution as the author.
     */
    public History history(TenantSlug slug, Optional<Caller> caller, PageRequest page) {
        return unitOfWork.inShared(() -> {
            InstitutionEntry entry = entries.find(slug).orElseThrow(() -> notFound(slug));
            boolean showsUsers = caller.map(c -> c.has(Role.NETWORK_ADMIN)
                            || (c.has(Role.TENANT_ADMIN)
                                    && c.tenant()
                                            .map(t -> t.id().equals(entry.tenant()))
                                            .orElse(false)))
                    .orElse(false);
            return new History(entry, entries.history(entry.tenant(), page), showsUsers);
        });
    }

    public List<Sector> sectors() {
        return unitOfWork.inShared(taxonomies::sectors);
    }

    public List<Area> areas() {
        return unitOfWork.inShared(taxonomies::areas);
    }

    public List<Body> bodies() {
        return unitOfWork.inShared(taxonomies::bodies);
    }

    private static NotFound notFound(TenantSlug slug) {
        return new NotFound("no institution " + slug + " in the directory");
    }

    /** A page of an entry's versions and whether their authors are shown as users. */
    public record History(InstitutionEntry entry, Page<EntryRevision> versions, boolean showsUsers) {}
}

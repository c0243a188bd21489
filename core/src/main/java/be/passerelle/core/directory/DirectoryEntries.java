package be.passerelle.core.directory;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.shared.Page;
import be.passerelle.core.shared.PageRequest;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.TenantSlug;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The institutions' directory entries and their versions (shared tables: anyone reads; a tenant
 * writes only its own entry). The referral intake of an entry is read from its tenant.
 */
public interface DirectoryEntries {

    /**
     * Stores an institution's first entry, as version 1, unless it has one.
     *
     * @return true when the entry was created
     */
    boolean addIfAbsent(TenantId tenant, InstitutionProfile profile, SearchFacets facets, Actor author, Instant at);

    Optional<InstitutionEntry> find(TenantSlug slug);

    /** Every entry, in the directory's order (for the competence finder). */
    List<InstitutionEntry> all();

    /**
     * One page of the entries that match: in the directory's order, or by relevance when the filter
     * has search words (then the page position is an offset).
     */
    Page<InstitutionEntry> search(DirectoryFilter filter, PageRequest page);

    /**
     * Replaces the entry's profile if it is still at {@code expected} (entry and tenant versions),
     * and keeps the new version.
     *
     * @return the new entry version, or empty when the entry changed since (or does not exist)
     */
    Optional<Integer> update(
            TenantId tenant,
            EntryVersion expected,
            InstitutionProfile profile,
            SearchFacets facets,
            Actor author,
            Instant at);

    /** The entry's versions, newest first, older than {@code page.after()} when given. */
    Page<EntryRevision> history(TenantId tenant, PageRequest page);
}

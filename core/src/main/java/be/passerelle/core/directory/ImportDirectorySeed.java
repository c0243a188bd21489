package be.passerelle.core.directory;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.audit.AuditEntry;
import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.SystemOperation;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.shared.UnitOfWork;
import be.passerelle.core.tenant.Tenants;
import java.time.Clock;
import java.util.Optional;

/**
 * Loads the directory part of the seed data, after the institutions became tenants: taxonomies,
 * orientation points and each institution's first entry. Idempotent: what exists is left as it is
 * (an entry its admin edited is never overwritten). The seed is checked as a whole first.
 */
public final class ImportDirectorySeed {
    private final UnitOfWork unitOfWork;
    private final Tenants tenants;
    private final Taxonomies taxonomies;
    private final DirectoryEntries entries;
    private final AuditTrail audit;
    private final Clock clock;

    public ImportDirectorySeed(
            UnitOfWork unitOfWork,
            Tenants tenants,
            Taxonomies taxonomies,
            DirectoryEntries entries,
            AuditTrail audit,
            Clock clock) {
        this.unitOfWork = unitOfWork;
        this.tenants = tenants;
        this.taxonomies = taxonomies;
        this.entries = entries;
        this.audit = audit;
        this.clock = clock;
    }

    /** @return how many directory entries were created */
    public int run(DirectorySeed seed, String requestId) {
        Geography geography = seed.directory().geography();
        Actor importer = Actor.system(SystemOperation.SEED_IMPORT);
        return unitOfWork.inSystem(SystemOperation.SEED_IMPORT, () -> {
            int added = taxonomies.addMissing(seed.sectors(), seed.areas(), seed.bodies(), seed.orientationPoints());
            int created = 0;
            for (DirectorySeed.SeededEntry seeded : seed.entries()) {
                Tenant tenant = tenants.findBySlug(seeded.slug())
                        .orElseThrow(() -> new InvalidInput("the seed has an entry for an unknown tenant"));
                InstitutionProfile profile = seeded.profile()
                        .withIntake(new ReferralIntake(tenant.acceptsReferrals(), tenant.acknowledgementWorkingDays()));
                SearchFacets facets = SearchFacets.of(profile.competences(), geography);
                if (entries.addIfAbsent(tenant.id(), profile, facets, importer, clock.instant())) {
                    created++;
                    audit.append(new AuditEntry(
                            Optional.of(tenant.id()),
                            importer,
                            "directory.imported",
                            "directory-entry",
                            seeded.slug().value(),
                            requestId,
                            clock.instant()));
                }
            }
            if (added + created > 0) {
                taxonomies.changed();
            }
            return created;
        });
    }
}

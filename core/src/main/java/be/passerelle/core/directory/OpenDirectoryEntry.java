package be.passerelle.core.directory;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.tenant.TenantOnboarding;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Gives a newly created tenant its directory entry (version 1): its names and languages, no
 * competences yet, not taking referrals. Its admin then completes it with {@code PUT}.
 */
public final class OpenDirectoryEntry implements TenantOnboarding {
    private final DirectoryEntries entries;
    private final Taxonomies taxonomies;
    private final Clock clock;

    public OpenDirectoryEntry(DirectoryEntries entries, Taxonomies taxonomies, Clock clock) {
        this.entries = entries;
        this.taxonomies = taxonomies;
        this.clock = clock;
    }

    @Override
    public void tenantCreated(Tenant tenant, Actor actor) {
        InstitutionProfile profile = new InstitutionProfile(
                tenant.names(),
                Optional.empty(),
                ContactChannels.none(),
                tenant.languages().isEmpty()
                        ? List.copyOf(tenant.names().values().keySet())
                        : tenant.languages(),
                List.of(),
                new Admissibility(false, OptionalInt.empty(), true, false),
                new ReferralIntake(tenant.acceptsReferrals(), tenant.acknowledgementWorkingDays()),
                List.of());
        if (entries.addIfAbsent(tenant.id(), profile, new SearchFacets(List.of(), List.of()), actor, clock.instant())) {
            taxonomies.changed();
        }
    }
}

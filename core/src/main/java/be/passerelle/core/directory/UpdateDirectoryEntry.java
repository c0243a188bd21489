package be.passerelle.core.directory;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.audit.AuditEntry;
import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.outbox.Outbox;
import be.passerelle.core.outbox.OutboxEvent;
import be.passerelle.core.shared.AccessDenied;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.Caller;
import be.passerelle.core.shared.NotFound;
import be.passerelle.core.shared.Role;
import be.passerelle.core.shared.StaleVersion;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.core.shared.UnitOfWork;
import be.passerelle.core.shared.VersionRequired;
import be.passerelle.core.tenant.Tenants;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A tenant's admin replaces its institution's directory entry (SPEC §4.2), based on the version it
 * read ({@code If-Match}). The new version is kept with its author; the referral intake is written to
 * the tenant too; an audit entry and a thin {@code directory.updated} event are recorded in the same
 * unit of work.
 */
public final class UpdateDirectoryEntry {
    public static final String EVENT = "directory.updated";

    private final UnitOfWork unitOfWork;
    private final DirectoryEntries entries;
    private final Taxonomies taxonomies;
    private final Tenants tenants;
    private final DirectorySnapshots snapshots;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final Clock clock;

    public UpdateDirectoryEntry(
            UnitOfWork unitOfWork,
            DirectoryEntries entries,
            Taxonomies taxonomies,
            Tenants tenants,
            DirectorySnapshots snapshots,
            AuditTrail audit,
            Outbox outbox,
            Clock clock) {
        this.unitOfWork = unitOfWork;
        this.entries = entries;
        this.taxonomies = taxonomies;
        this.tenants = tenants;
        this.snapshots = snapshots;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * @param expected the version the change is based on, as the caller read it (required)
     * @return the entry as stored
     */
    public InstitutionEntry update(
            CallContext context, TenantSlug slug, Optional<EntryVersion> expected, InstitutionProfile profile) {
        Caller caller = context.caller();
        Tenant own = caller.tenant()
                .filter(t -> t.slug().equals(slug))
                .filter(t -> caller.has(Role.TENANT_ADMIN))
                .orElseThrow(() -> new AccessDenied("only the institution's own admin may edit its directory entry"));
        EntryVersion version =
                expected.orElseThrow(() -> new VersionRequired("send the entry's ETag in If-Match to update it"));

        NetworkDirectory directory = snapshots.current().directory();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < profile.competences().size(); i++) {
            problems.addAll(directory.problemsOf(profile.competences().get(i), "competences[" + i + "]"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFields(problems);
        }
        SearchFacets facets = SearchFacets.of(profile.competences(), directory.geography());
        TenantId tenant = own.id();
        Actor author = Actor.of(caller);
        return unitOfWork.inTenant(tenant, () -> {
            Instant now = clock.instant();
            entries.update(tenant, version, profile, facets, author, now)
                    .orElseThrow(() -> entries.find(slug)
                            .<RuntimeException>map(e -> stale())
                            .orElseGet(() -> new NotFound("no institution " + slug + " in the directory")));
            tenants.updateIntake(
                    tenant,
                    profile.intake().acceptsReferrals(),
                    profile.intake().acknowledgementWorkingDays());
            taxonomies.changed();
            audit.append(new AuditEntry(
                    Optional.of(tenant), author, EVENT, "directory-entry", slug.value(), context.requestId(), now));
            outbox.record(new OutboxEvent(
                    UUID.randomUUID(),
                    EVENT,
                    now,
                    Optional.of(tenant),
                    Set.of(),
                    "directory-entry",
                    slug.value(),
                    Optional.empty(),
                    "/api/v1/directory/institutions/" + slug.value()));
            return entries.find(slug).orElseThrow();
        });
    }

    private static StaleVersion stale() {
        return new StaleVersion(
                "the directory entry changed since it was read; read it again and retry with its new ETag");
    }
}

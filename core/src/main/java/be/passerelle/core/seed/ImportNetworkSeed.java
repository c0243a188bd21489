package be.passerelle.core.seed;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.audit.AuditEntry;
import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.shared.AccessDenied;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.Role;
import be.passerelle.core.shared.SystemOperation;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.core.shared.TenantStatus;
import be.passerelle.core.shared.UnitOfWork;
import be.passerelle.core.tenant.Tenants;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Loads the network seed data: every institution becomes a tenant, idempotently (a second run
 * creates nothing). Institutions listed in {@code acceptingReferrals} are onboarded ones that take
 * referrals (the dev stack's demo tenants); the others wait for their own admin (SPEC §4.1).
 */
public final class ImportNetworkSeed {
    private final UnitOfWork unitOfWork;
    private final Tenants tenants;
    private final AuditTrail audit;
    private final Clock clock;

    public ImportNetworkSeed(UnitOfWork unitOfWork, Tenants tenants, AuditTrail audit, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.tenants = tenants;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The import step of a fresh production install, by a network admin: new tenants wait as
     * {@code PROVISIONING} until the reconciler has created their identity-provider organization.
     *
     * @return how many tenants were created
     */
    public int runFor(CallContext context, NetworkSeed seed) {
        if (!context.caller().has(Role.NETWORK_ADMIN)) {
            throw new AccessDenied("importing the network needs the network-admin role");
        }
        return run(seed, TenantStatus.PROVISIONING, Set.of(), context.requestId());
    }

    /** @return how many tenants were created */
    public int run(NetworkSeed seed, TenantStatus initialStatus, Set<TenantSlug> acceptingReferrals, String requestId) {
        return unitOfWork.inSystem(SystemOperation.SEED_IMPORT, () -> {
            int created = 0;
            for (SeedInstitution institution : seed.institutions()) {
                TenantId id = new TenantId(UUID.randomUUID());
                Tenant tenant = new Tenant(
                        id,
                        institution.slug(),
                        institution.kind(),
                        institution.names(),
                        institution.languages(),
                        initialStatus,
                        acceptingReferrals.contains(institution.slug()),
                        institution.acknowledgementWorkingDays());
                if (tenants.addIfAbsent(tenant)) {
                    created++;
                    audit.append(new AuditEntry(
                            Optional.of(id),
                            Actor.system(SystemOperation.SEED_IMPORT),
                            "tenant.imported",
                            "tenant",
                            institution.slug().value(),
                            requestId,
                            clock.instant()));
                }
            }
            return created;
        });
    }
}

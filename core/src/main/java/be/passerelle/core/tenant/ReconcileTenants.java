package be.passerelle.core.tenant;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.audit.AuditEntry;
import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.SystemOperation;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.shared.TenantStatus;
import be.passerelle.core.shared.Unavailable;
import be.passerelle.core.shared.UnitOfWork;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Background job: gives every tenant still {@code PROVISIONING} (e.g. imported from the seed data
 * into a fresh production install) its identity-provider organization, then activates it.
 * Idempotent, safe on several nodes at once; an unreachable provider just leaves the work for the
 * next run.
 */
public final class ReconcileTenants {
    private final UnitOfWork unitOfWork;
    private final Tenants tenants;
    private final IdentityProvisioning identity;
    private final AuditTrail audit;
    private final Clock clock;

    public ReconcileTenants(
            UnitOfWork unitOfWork, Tenants tenants, IdentityProvisioning identity, AuditTrail audit, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.tenants = tenants;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    /** @return how many tenants were activated */
    public int run() {
        List<Tenant> pending = unitOfWork.inShared(() -> tenants.withStatus(TenantStatus.PROVISIONING));
        int activated = 0;
        for (Tenant tenant : pending) {
            try {
                identity.ensureOrganization(tenant.slug(), tenant.names().in(Language.EN, tenant.languages()));
            } catch (Unavailable e) {
                return activated;
            }
            unitOfWork.inSystem(SystemOperation.TENANT_RECONCILE, () -> {
                tenants.changeStatus(tenant.id(), TenantStatus.ACTIVE);
                audit.append(new AuditEntry(
                        Optional.of(tenant.id()),
                        Actor.system(SystemOperation.TENANT_RECONCILE),
                        "tenant.provisioned",
                        "tenant",
                        tenant.slug().value(),
                        "reconciler",
                        clock.instant()));
                return null;
            });
            activated++;
        }
        return activated;
    }
}

package be.passerelle.core.tenant;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.Conflict;
import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.Role;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.TenantStatus;
import be.passerelle.core.shared.UnitOfWork;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Creates a tenant: its Keycloak organization, its first admin (invited by email) and its row, in
 * that order. If any step fails, the steps already done are undone, so no half-created tenant is
 * left behind (SPEC §4.1); an unreachable identity provider is a 503.
 */
public final class CreateTenant {
    private static final Logger log = Logger.getLogger(CreateTenant.class.getName());
    private static final int DEFAULT_ACKNOWLEDGEMENT_DAYS = 5;

    private final TenantAdministration administration;
    private final IdentityProvisioning identity;
    private final TenantOnboarding onboarding;

    public CreateTenant(
            UnitOfWork unitOfWork,
            Tenants tenants,
            IdentityProvisioning identity,
            TenantOnboarding onboarding,
            AuditTrail audit,
            Clock clock) {
        this.administration = new TenantAdministration(unitOfWork, tenants, audit, clock);
        this.identity = identity;
        this.onboarding = onboarding;
    }

    public Tenant create(CallContext context, CreateTenantCommand command) {
        TenantAdministration.requireNetworkAdmin(context);
        if (administration
                .unitOfWork()
                .inShared(() -> administration.tenants().findBySlug(command.slug()))
                .isPresent()) {
            throw new Conflict("a tenant with this slug exists");
        }
        NewStaffMember firstAdmin = new NewStaffMember(command.adminEmail(), null, null, Set.of(Role.TENANT_ADMIN));
        if (identity.emailInUse(firstAdmin.email())) {
            throw new Conflict("this email already belongs to an account; one person, one institution");
        }
        List<Runnable> undo = new ArrayList<>();
        try {
            identity.ensureOrganization(command.slug(), command.names().in(Language.EN, List.of(Language.FR)));
            undo.add(() -> identity.deleteOrganization(command.slug()));
            StaffMember admin = identity.invite(command.slug(), firstAdmin);
            undo.add(() -> identity.deleteAccount(admin.id()));
            Tenant tenant = new Tenant(
                    new TenantId(UUID.randomUUID()),
                    command.slug(),
                    command.kind(),
                    command.names(),
                    List.of(),
                    TenantStatus.ACTIVE,
                    false,
                    DEFAULT_ACKNOWLEDGEMENT_DAYS);
            administration.unitOfWork().inTenant(tenant.id(), () -> {
                administration.tenants().add(tenant);
                onboarding.tenantCreated(tenant, Actor.of(context.caller()));
                administration.audit(
                        context,
                        tenant.id(),
                        "tenant.created",
                        "tenant",
                        tenant.slug().value());
                administration.audit(context, tenant.id(), "staff.invited", "user", admin.id());
                return null;
            });
            return administration.find(command.slug());
        } catch (RuntimeException e) {
            for (int i = undo.size() - 1; i >= 0; i--) {
                try {
                    undo.get(i).run();
                } catch (RuntimeException undoFailure) {
                    log.log(Level.WARNING, "could not undo a step of a failed tenant creation", undoFailure);
                    e.addSuppressed(undoFailure);
                }
            }
            throw e;
        }
    }
}

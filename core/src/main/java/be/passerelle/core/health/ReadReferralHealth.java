package be.passerelle.core.health;

import be.passerelle.core.referral.Community;
import be.passerelle.core.referral.ReceiverCommunity;
import be.passerelle.core.shared.AccessDenied;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.NotFound;
import be.passerelle.core.shared.Role;
import be.passerelle.core.shared.SystemOperation;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.core.shared.UnitOfWork;
import be.passerelle.core.tenant.Tenants;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The referral health views (issue #19), counts only: the network admin's (every receiving
 * institution), a tenant admin's (its own institution as receiver, per assignee), and the figures
 * the metrics publish. Read through the {@link SystemOperation#REFERRAL_HEALTH_READ} operation, which
 * returns counts and never a referral.
 */
public final class ReadReferralHealth {
    /** The window of the escalation count. */
    public static final Duration ESCALATION_WINDOW = Duration.ofDays(30);

    private final UnitOfWork unitOfWork;
    private final Tenants tenants;
    private final ReferralHealthFigures figures;
    private final Clock clock;

    public ReadReferralHealth(UnitOfWork unitOfWork, Tenants tenants, ReferralHealthFigures figures, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.tenants = tenants;
        this.figures = figures;
        this.clock = clock;
    }

    /** The network admin's view: every institution that accepts referrals or has some open. */
    public List<InstitutionHealth> network(CallContext context) {
        if (!context.caller().has(Role.NETWORK_ADMIN)) {
            throw new AccessDenied("the network's referral health is for network admins");
        }
        return everyInstitution();
    }

    /** For the metrics: the same figures, with no caller. */
    public List<InstitutionHealth> everyInstitution() {
        Instant now = clock.instant();
        List<Tenant> all = unitOfWork.inShared(tenants::all);
        Map<TenantId, ReferralHealthFigures.Load> loads = unitOfWork.inSystem(
                SystemOperation.REFERRAL_HEALTH_READ,
                () -> figures.byReceiver(Optional.empty(), now, now.minus(ESCALATION_WINDOW)));
        return all.stream()
                .filter(tenant -> tenant.acceptsReferrals() || loads.containsKey(tenant.id()))
                .sorted(Comparator.comparing(tenant -> tenant.slug().value()))
                .map(tenant -> new InstitutionHealth(
                        tenant,
                        HealthFigures.of(
                                loads.getOrDefault(tenant.id(), ReferralHealthFigures.Load.NONE),
                                now,
                                ReceiverCommunity.of(tenant))))
                .toList();
    }

    /** That tenant's admin only (anyone else: 403; an unknown slug: 404). */
    public TenantHealth ofTenant(CallContext context, TenantSlug slug) {
        Tenant tenant = unitOfWork.inShared(() -> tenants.findBySlug(slug)).orElseThrow(() -> new NotFound("tenant"));
        boolean itsAdmin = context.caller().has(Role.TENANT_ADMIN)
                && context.caller()
                        .tenant()
                        .map(t -> t.id().equals(tenant.id()))
                        .orElse(false);
        if (!itsAdmin) {
            throw new AccessDenied("an institution's referral health is for its own admins");
        }
        Instant now = clock.instant();
        Instant since = now.minus(ESCALATION_WINDOW);
        Optional<Community> community = ReceiverCommunity.of(tenant);
        return unitOfWork.inSystem(SystemOperation.REFERRAL_HEALTH_READ, () -> {
            ReferralHealthFigures.Load own = figures.byReceiver(Optional.of(tenant.id()), now, since)
                    .getOrDefault(tenant.id(), ReferralHealthFigures.Load.NONE);
            List<ReferralHealthFigures.AssigneeLoad> loads =
                    new ArrayList<>(figures.byAssignee(tenant.id(), now, since));
            if (loads.stream().noneMatch(a -> a.assigneeId().isEmpty())) {
                loads.add(new ReferralHealthFigures.AssigneeLoad(
                        Optional.empty(), Optional.empty(), ReferralHealthFigures.Load.NONE));
            }
            List<AssigneeHealth> assignees = loads.stream()
                    .map(a -> new AssigneeHealth(
                            a.assigneeId(), a.assigneeName(), HealthFigures.of(a.load(), now, community)))
                    .sorted(Comparator.comparing(
                                    (AssigneeHealth a) -> a.assigneeId().isEmpty())
                            .thenComparing(a -> a.assigneeName().orElse("")))
                    .toList();
            return new TenantHealth(new InstitutionHealth(tenant, HealthFigures.of(own, now, community)), assignees);
        });
    }
}

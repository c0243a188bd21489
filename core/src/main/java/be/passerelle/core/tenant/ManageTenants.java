package be.passerelle.core.tenant;

import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.Conflict;
import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.LocalizedText;
import be.passerelle.core.shared.Page;
import be.passerelle.core.shared.PageRequest;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.shared.TenantKind;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.core.shared.TenantStatus;
import be.passerelle.core.shared.UnitOfWork;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Network administration of existing tenants: list, read, rename, suspend and reactivate (SPEC
 * §4.1). A suspended tenant keeps its data; its users and clients are refused at the edge.
 */
public final class ManageTenants {
    private final TenantAdministration administration;
    private final TenantStatusListener statusListener;

    public ManageTenants(
            UnitOfWork unitOfWork,
            Tenants tenants,
            TenantStatusListener statusListener,
            AuditTrail audit,
            Clock clock) {
        this.administration = new TenantAdministration(unitOfWork, tenants, audit, clock);
        this.statusListener = statusListener;
    }

    /**
     * One page of the network's tenants by slug. The network holds a few dozen tenants, so the page
     * is cut from the whole list; the position is the index of the page's first tenant.
     */
    public Page<Tenant> list(CallContext context, PageRequest page) {
        TenantAdministration.requireNetworkAdmin(context);
        List<Tenant> all = administration
                .unitOfWork()
                .inShared(() -> administration.tenants().all());
        int from = (int) Math.min(page.after().orElse(0L), all.size());
        int to = Math.min(from + page.limit(), all.size());
        return new Page<>(all.subList(from, to), to < all.size() ? Optional.of((long) to) : Optional.empty());
    }

    public Tenant get(CallContext context, TenantSlug slug) {
        Tenant tenant = administration.find(slug);
        if (!TenantAdministration.isAdminOf(context, tenant)) {
            TenantAdministration.requireNetworkAdmin(context);
        }
        return tenant;
    }

    /**
     * Changes a tenant's names and kind. The name changes are merged into the stored names (RFC
     * 7396): a language with a text sets it, a language mapped to {@code null} removes it, the
     * others stay; French or Dutch must remain.
     */
    public Tenant update(
            CallContext context, TenantSlug slug, Map<Language, String> nameChanges, Optional<TenantKind> kind) {
        TenantAdministration.requireNetworkAdmin(context);
        Tenant tenant = administration.find(slug);
        Map<Language, String> names = new EnumMap<>(Language.class);
        names.putAll(tenant.names().values());
        nameChanges.forEach((language, text) -> {
            if (text == null) {
                names.remove(language);
            } else {
                names.put(language, text);
            }
        });
        LocalizedText merged = new LocalizedText(names);
        administration.unitOfWork().inTenant(tenant.id(), () -> {
            administration.tenants().rename(tenant.id(), merged, kind.orElse(tenant.kind()));
            administration.audit(context, tenant.id(), "tenant.updated", "tenant", slug.value());
            return null;
        });
        return administration.find(slug);
    }

    public Tenant suspend(CallContext context, TenantSlug slug) {
        return changeStatus(context, slug, TenantStatus.ACTIVE, TenantStatus.SUSPENDED, "tenant.suspended");
    }

    public Tenant reactivate(CallContext context, TenantSlug slug) {
        return changeStatus(context, slug, TenantStatus.SUSPENDED, TenantStatus.ACTIVE, "tenant.reactivated");
    }

    private Tenant changeStatus(
            CallContext context, TenantSlug slug, TenantStatus from, TenantStatus to, String action) {
        TenantAdministration.requireNetworkAdmin(context);
        Tenant tenant = administration.find(slug);
        if (tenant.status() == to) {
            return tenant;
        }
        if (tenant.status() != from) {
            throw new Conflict("the tenant is " + tenant.status());
        }
        administration.unitOfWork().inTenant(tenant.id(), () -> {
            administration.tenants().changeStatus(tenant.id(), to);
            administration.audit(context, tenant.id(), action, "tenant", slug.value());
            statusListener.statusChanged(context, tenant, to);
            return null;
        });
        return administration.find(slug);
    }
}

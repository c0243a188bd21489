package be.passerelle.core.testing;

import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.LocalizedText;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.TenantKind;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.core.shared.TenantStatus;
import be.passerelle.core.tenant.Tenants;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The institutions of a unit test: active, French-speaking regional bodies that accept referrals, unless told. */
public final class InMemoryTenants implements Tenants {
    private final Map<TenantSlug, Tenant> bySlug = new LinkedHashMap<>();

    /** An active regional institution that accepts referrals within 5 working days. */
    public Tenant add(String slug) {
        return add(slug, TenantStatus.ACTIVE, true);
    }

    public Tenant add(String slug, TenantStatus status, boolean acceptsReferrals) {
        Tenant tenant = new Tenant(
                new TenantId(UUID.randomUUID()),
                new TenantSlug(slug),
                TenantKind.REGIONAL,
                new LocalizedText(Map.of(Language.FR, slug)),
                List.of(Language.FR),
                status,
                acceptsReferrals,
                5);
        add(tenant);
        return tenant;
    }

    /** The tenant of that slug. */
    public Tenant get(TenantSlug slug) {
        return findBySlug(slug).orElseThrow();
    }

    /** The slug of that tenant. */
    public TenantSlug slugOf(TenantId id) {
        return byId(id).slug();
    }

    @Override
    public Optional<Tenant> findBySlug(TenantSlug slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    @Override
    public List<Tenant> all() {
        return List.copyOf(bySlug.values());
    }

    @Override
    public boolean addIfAbsent(Tenant tenant) {
        return bySlug.putIfAbsent(tenant.slug(), tenant) == null;
    }

    @Override
    public void add(Tenant tenant) {
        if (!addIfAbsent(tenant)) {
            throw new IllegalStateException("slug taken: " + tenant.slug());
        }
    }

    @Override
    public void rename(TenantId tenant, LocalizedText names, TenantKind kind) {
        throw new UnsupportedOperationException("not needed by the unit tests yet");
    }

    @Override
    public void changeStatus(TenantId tenant, TenantStatus status) {
        Tenant t = byId(tenant);
        replace(t, status, t.acceptsReferrals(), t.acknowledgementWorkingDays());
    }

    @Override
    public List<Tenant> withStatus(TenantStatus status) {
        return bySlug.values().stream().filter(t -> t.status() == status).toList();
    }

    @Override
    public void updateIntake(TenantId tenant, boolean acceptsReferrals, int acknowledgementWorkingDays) {
        Tenant t = byId(tenant);
        replace(t, t.status(), acceptsReferrals, acknowledgementWorkingDays);
    }

    private Tenant byId(TenantId id) {
        return bySlug.values().stream()
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private void replace(Tenant t, TenantStatus status, boolean acceptsReferrals, int acknowledgementWorkingDays) {
        bySlug.put(
                t.slug(),
                new Tenant(
                        t.id(),
                        t.slug(),
                        t.kind(),
                        t.names(),
                        t.languages(),
                        status,
                        acceptsReferrals,
                        acknowledgementWorkingDays));
    }
}

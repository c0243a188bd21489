package be.passerelle.core.testing;

import be.passerelle.core.referral.CaseFacts;
import be.passerelle.core.referral.ForwardedReferral;
import be.passerelle.core.referral.NewReferral;
import be.passerelle.core.referral.PublicReference;
import be.passerelle.core.referral.Referral;
import be.passerelle.core.referral.ReferralParty;
import be.passerelle.core.referral.ReferralProgress;
import be.passerelle.core.referral.ReferralQuery;
import be.passerelle.core.referral.ReferralState;
import be.passerelle.core.referral.Referrals;
import be.passerelle.core.shared.Page;
import be.passerelle.core.shared.PageRequest;
import be.passerelle.core.shared.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The referral store of core's unit tests, with the walls of the real one: a viewer sees only the
 * referrals its tenant sends or receives, an update applies only to the expected version, a public
 * reference is never stored twice. Lists carry no personal data, as in the real store.
 */
public final class InMemoryReferrals implements Referrals {
    private final InMemoryTenants tenants;
    private final Map<UUID, Referral> rows = new LinkedHashMap<>();
    private final Set<PublicReference> takenReferences = new HashSet<>();
    private final List<NewReferral> inserted = new ArrayList<>();
    private final Set<UUID> racing = new HashSet<>();
    private long position;

    public InMemoryReferrals(InMemoryTenants tenants) {
        this.tenants = tenants;
    }

    /** Makes the next inserts with this reference clash, as if another referral held it. */
    public void take(PublicReference reference) {
        takenReferences.add(reference);
    }

    /** Another request changes this referral just before the next {@link #update} of it, which then loses. */
    public void anotherRequestChangesNext(UUID id) {
        racing.add(id);
    }

    /** Every referral handed to {@link #insert}, in order, clashing or not. */
    public List<NewReferral> inserted() {
        return List.copyOf(inserted);
    }

    /** A referral as stored, whoever asks (for assertions). */
    public Referral stored(UUID id) {
        return Optional.ofNullable(rows.get(id)).orElseThrow();
    }

    public List<Referral> all() {
        return List.copyOf(rows.values());
    }

    @Override
    public boolean insert(NewReferral referral) {
        inserted.add(referral);
        if (!takenReferences.add(referral.reference())) {
            return false;
        }
        rows.put(
                referral.id(),
                new Referral(
                        referral.id(),
                        ++position,
                        referral.reference(),
                        party(referral.parties().sender()),
                        party(referral.parties().receiver()),
                        ReferralProgress.sent(),
                        0,
                        referral.facts(),
                        referral.dueAt(),
                        referral.createdAt(),
                        referral.createdAt(),
                        referral.forwardedFrom(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()));
        return true;
    }

    @Override
    public Optional<Referral> find(TenantId viewer, UUID id) {
        return Optional.ofNullable(rows.get(id)).filter(r -> isParty(viewer, r)).map(r -> {
            Optional<ForwardedReferral> forward = r.forwardedTo()
                    .map(rows::get)
                    .map(chained -> new ForwardedReferral(
                            chained.id(), chained.receiver().slug(), chained.state()));
            return with(r, r.progress(), r.version(), r.updatedAt(), r.forwardedTo(), r.facts(), forward);
        });
    }

    @Override
    public Page<Referral> list(TenantId viewer, ReferralQuery query, Instant now, PageRequest page) {
        List<Referral> box = rows.values().stream()
                .filter(r -> (query.box() == ReferralQuery.Box.SENT ? r.sender() : r.receiver())
                        .id()
                        .equals(viewer))
                .filter(r -> query.state().map(s -> s == r.state()).orElse(true))
                .filter(r ->
                        query.sector().map(s -> s.equals(r.facts().sector())).orElse(true))
                .filter(r -> !query.overdue() || r.isOverdue(now))
                .filter(r -> page.after().map(after -> r.position() < after).orElse(true))
                .sorted(Comparator.comparingLong(Referral::position).reversed())
                .map(r -> with(
                        r,
                        r.progress(),
                        r.version(),
                        r.updatedAt(),
                        r.forwardedTo(),
                        r.facts().withoutPersonalData(),
                        Optional.empty()))
                .toList();
        if (box.size() > page.limit()) {
            List<Referral> items = box.subList(0, page.limit());
            return new Page<>(items, Optional.of(items.get(items.size() - 1).position()));
        }
        return new Page<>(box, Optional.empty());
    }

    @Override
    public boolean update(TenantId viewer, UUID id, int expectedVersion, ReferralProgress next, Instant at) {
        Referral current = rows.get(id);
        if (current != null && racing.remove(id)) {
            current = with(
                    current,
                    current.progress(),
                    current.version() + 1,
                    at,
                    current.forwardedTo(),
                    current.facts(),
                    Optional.empty());
            rows.put(id, current);
        }
        if (current == null || !isParty(viewer, current) || current.version() != expectedVersion) {
            return false;
        }
        rows.put(
                id,
                with(current, next, expectedVersion + 1, at, current.forwardedTo(), current.facts(), Optional.empty()));
        return true;
    }

    @Override
    public void markForwarded(TenantId viewer, UUID id, UUID forwardedTo) {
        Referral current = rows.get(id);
        if (current != null && isParty(viewer, current)) {
            rows.put(
                    id,
                    with(
                            current,
                            current.progress(),
                            current.version(),
                            current.updatedAt(),
                            Optional.of(forwardedTo),
                            current.facts(),
                            Optional.empty()));
        }
    }

    private static Referral with(
            Referral r,
            ReferralProgress progress,
            int version,
            Instant updatedAt,
            Optional<UUID> forwardedTo,
            CaseFacts facts,
            Optional<ForwardedReferral> forward) {
        return new Referral(
                r.id(),
                r.position(),
                r.reference(),
                r.sender(),
                r.receiver(),
                progress,
                version,
                facts,
                r.dueAt(),
                r.createdAt(),
                updatedAt,
                r.forwardedFrom(),
                forwardedTo,
                forward,
                Optional.empty());
    }

    private ReferralParty party(TenantId id) {
        return new ReferralParty(id, tenants.slugOf(id));
    }

    private static boolean isParty(TenantId viewer, Referral referral) {
        return referral.sender().id().equals(viewer) || referral.receiver().id().equals(viewer);
    }

    /** The state of a referral, whoever asks. */
    public ReferralState stateOf(UUID id) {
        return stored(id).state();
    }
}

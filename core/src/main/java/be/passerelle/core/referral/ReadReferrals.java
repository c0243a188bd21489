package be.passerelle.core.referral;

import be.passerelle.core.directory.KnownSectors;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.NotFound;
import be.passerelle.core.shared.Page;
import be.passerelle.core.shared.PageRequest;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.UnitOfWork;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Reading referrals (SPEC §4.3): the boxes, one referral, its timeline. Only the sender's and the
 * receiver's staff see a referral; anyone else gets the same 404 as for one that does not exist.
 */
public final class ReadReferrals {
    private final UnitOfWork unitOfWork;
    private final KnownSectors sectors;
    private final Referrals referrals;
    private final ReferralTimeline timeline;
    private final Clock clock;

    public ReadReferrals(
            UnitOfWork unitOfWork, Referrals referrals, ReferralTimeline timeline, KnownSectors sectors, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.sectors = sectors;
        this.referrals = referrals;
        this.timeline = timeline;
        this.clock = clock;
    }

    public Page<Referral> list(CallContext context, ReferralQuery query, PageRequest page) {
        TenantId tenant = ReferralStaff.tenantOf(context.caller());
        return unitOfWork.inTenant(tenant, () -> {
            query.sector().ifPresent(code -> sectors.require("sector", code));
            return referrals.list(tenant, query, clock.instant(), page);
        });
    }

    public Referral get(CallContext context, UUID id) {
        TenantId tenant = ReferralStaff.tenantOf(context.caller());
        return unitOfWork.inTenant(tenant, () -> find(referrals, tenant, id));
    }

    public List<ReferralEvent> events(CallContext context, UUID id) {
        TenantId tenant = ReferralStaff.tenantOf(context.caller());
        return unitOfWork.inTenant(tenant, () -> {
            find(referrals, tenant, id);
            return timeline.events(tenant, id);
        });
    }

    /** The referral if {@code tenant} is one of its parties, else the 404 of a missing one. */
    static Referral find(Referrals referrals, TenantId tenant, UUID id) {
        Referral referral = referrals.find(tenant, id).orElseThrow(() -> new NotFound("referral"));
        referral.parties().partyOf(tenant);
        return referral;
    }
}

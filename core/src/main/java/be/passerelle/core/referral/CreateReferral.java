package be.passerelle.core.referral;

import be.passerelle.core.directory.KnownSectors;
import be.passerelle.core.shared.BusinessRuleViolation;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.UnitOfWork;
import be.passerelle.core.tenant.Tenants;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code POST /referrals} (SPEC §4.3): the sender's staff refers a case to another institution.
 *
 * <p>Business rules (422): the citizen's consent is present and given; the receiver is a known
 * tenant other than the sender, active, and accepts referrals. The referral is issued by {@link
 * IssueReferral}; its creation, audit entry and {@code referral.received} event are one unit of
 * work.
 */
public final class CreateReferral {
    private final UnitOfWork unitOfWork;
    private final Tenants tenants;
    private final Referrals referrals;
    private final IssueReferral issue;
    private final KnownSectors sectors;
    private final Clock clock;

    public CreateReferral(
            UnitOfWork unitOfWork,
            Tenants tenants,
            Referrals referrals,
            IssueReferral issue,
            KnownSectors sectors,
            Clock clock) {
        this.unitOfWork = unitOfWork;
        this.tenants = tenants;
        this.referrals = referrals;
        this.issue = issue;
        this.sectors = sectors;
        this.clock = clock;
    }

    public CreatedReferral create(CallContext context, ReferralRequest request) {
        return create(context, request, created -> {});
    }

    /**
     * Creates the referral; {@code inSameUnitOfWork} runs before the commit (e.g. to keep the
     * response for an idempotent replay), so that both are written or neither.
     */
    public CreatedReferral create(
            CallContext context, ReferralRequest request, Consumer<CreatedReferral> inSameUnitOfWork) {
        TenantId sender = ReferralStaff.tenantOf(context.caller());
        Consent consent = request.consent()
                .orElseThrow(() -> new BusinessRuleViolation("consent", "the citizen's consent is required"));
        if (!consent.given()) {
            throw new BusinessRuleViolation("consent.given", "the citizen has not given consent to the referral");
        }
        return unitOfWork.inTenant(sender, () -> {
            sectors.require("sector", request.sector());
            Tenant receiver = ReceiverRules.check(tenants, sender, request.receiver());
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            IssueReferral.Issued issued = issue.issue(
                    context, sender, receiver, CaseFacts.of(request, consent), Optional.empty(), Optional.empty(), now);
            Referral stored = referrals.find(sender, issued.id()).orElseThrow();
            CreatedReferral created = new CreatedReferral(stored, issued.accessCode());
            inSameUnitOfWork.accept(created);
            return created;
        });
    }
}

package be.passerelle.core.referral;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.audit.AuditEntry;
import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.SystemOperation;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.UnitOfWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Erasure of a referral's personal data (SPEC §4.3): on a party's request ({@code POST
 * /referrals/{id}/erase-personal-data}), and automatically once a referral has been in a final
 * state for {@code afterFinal}, or exists for {@code maxAge} whatever its state. The citizen, the
 * summary, the timeline notes, the messages and the idempotent replays go, across the forward
 * chain; dates, states, sector, parties, region and language stay for statistics.
 *
 * <p>The party check runs in the caller's tenant; the erasure itself is a named system operation
 * because the rows concerned (the other party's replays, the forward chain) belong to several
 * tenants. Repeating an erasure is harmless.
 */
public final class ErasePersonalData {
    private final UnitOfWork unitOfWork;
    private final Referrals referrals;
    private final PersonalDataErasure erasure;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration afterFinal;
    private final Duration maxAge;

    public ErasePersonalData(
            UnitOfWork unitOfWork,
            Referrals referrals,
            PersonalDataErasure erasure,
            AuditTrail audit,
            Clock clock,
            Duration afterFinal,
            Duration maxAge) {
        this.unitOfWork = unitOfWork;
        this.referrals = referrals;
        this.erasure = erasure;
        this.audit = audit;
        this.clock = clock;
        this.afterFinal = Objects.requireNonNull(afterFinal, "afterFinal");
        this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
        if (afterFinal.isNegative() || maxAge.compareTo(afterFinal) < 0) {
            throw new IllegalArgumentException("retention: 0 ≤ afterFinal ≤ maxAge");
        }
    }

    /** Erases on the request of one of the referral's parties; anyone else gets the 404 of a missing referral. */
    public Referral onRequest(CallContext context, UUID id) {
        TenantId tenant = ReferralStaff.tenantOf(context.caller());
        unitOfWork.inTenant(tenant, () -> ReadReferrals.find(referrals, tenant, id));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        unitOfWork.inSystem(SystemOperation.PERSONAL_DATA_ERASURE, () -> {
            List<ErasedReferral> erased = erasure.erase(id, now);
            record(erased, Actor.of(context.caller()), context.requestId(), now);
            return erased;
        });
        return unitOfWork.inTenant(tenant, () -> ReadReferrals.find(referrals, tenant, id));
    }

    /**
     * Erases up to {@code limit} referrals past their retention period.
     *
     * @return how many referrals were erased
     */
    public int expired(int limit, String requestId) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return unitOfWork.inSystem(SystemOperation.PERSONAL_DATA_RETENTION, () -> {
            int count = 0;
            for (UUID id : erasure.holdingExpired(now.minus(afterFinal), now.minus(maxAge), limit)) {
                List<ErasedReferral> erased = erasure.erase(id, now);
                record(erased, Actor.system(SystemOperation.PERSONAL_DATA_RETENTION), requestId, now);
                count += erased.size();
            }
            return count;
        });
    }

    /** Each erasure appears in the trails of both institutions of the referral. */
    private void record(List<ErasedReferral> erased, Actor actor, String requestId, Instant at) {
        for (ErasedReferral referral : erased) {
            for (TenantId party :
                    List.of(referral.parties().sender(), referral.parties().receiver())) {
                audit.append(new AuditEntry(
                        Optional.of(party),
                        actor,
                        "referral.personal_data_erased",
                        "referral",
                        referral.id().toString(),
                        requestId,
                        at));
            }
        }
    }
}

package be.passerelle.core.referral;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.outbox.Outbox;
import be.passerelle.core.privacy.SecretDigest;
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
import java.util.UUID;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * {@code POST /referrals} (SPEC §4.3): the sender's staff refers a case to another institution.
 *
 * <p>Business rules (422): the citizen's consent is present and given; the receiver is a known
 * tenant other than the sender, active, and accepts referrals. The referral starts {@code SENT}
 * with its acknowledgement deadline ({@link AcknowledgementDeadline}), a fresh {@link
 * PublicReference} and {@link AccessCode} (stored only as a digest); its creation, audit entry and
 * {@code referral.received} event are one unit of work.
 */
public final class CreateReferral {
    /** Draws of the public reference before giving up; a clash is rare (7 × 10⁸ references a year). */
    private static final int REFERENCE_ATTEMPTS = 5;

    private final UnitOfWork unitOfWork;
    private final Tenants tenants;
    private final Referrals referrals;
    private final SecretDigest digest;
    private final ReferralEvents events;
    private final Clock clock;
    private final RandomGenerator random;

    public CreateReferral(
            UnitOfWork unitOfWork,
            Tenants tenants,
            Referrals referrals,
            SecretDigest digest,
            AuditTrail audit,
            Outbox outbox,
            Clock clock,
            RandomGenerator random) {
        this.unitOfWork = unitOfWork;
        this.tenants = tenants;
        this.referrals = referrals;
        this.digest = digest;
        this.events = new ReferralEvents(audit, outbox);
        this.clock = clock;
        this.random = random;
    }

    /** The digest context of a referral's access code, shared with the citizen's status check. */
    public static String accessCodeContext(PublicReference reference) {
        return "referral-access-code:" + reference.value();
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
        Consent consent =
                request.consent().orElseThrow(() -> new BusinessRuleViolation("the citizen's consent is required"));
        if (!consent.given()) {
            throw new BusinessRuleViolation("the citizen has not given consent to the referral");
        }
        return unitOfWork.inTenant(sender, () -> {
            Tenant receiver = receiverOf(sender, request);
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            UUID id = UUID.randomUUID();
            AccessCode code = AccessCode.generate(random);
            ReferralParties parties = new ReferralParties(sender, receiver.id());
            Citizen citizen = request.personalData().citizen();
            Instant dueAt = AcknowledgementDeadline.of(
                            now, receiver.acknowledgementWorkingDays(), ReceiverCommunity.of(receiver))
                    .dueAt();
            PublicReference reference = null;
            for (int attempt = 0; attempt < REFERENCE_ATTEMPTS && reference == null; attempt++) {
                PublicReference candidate = PublicReference.generate(now, random);
                NewReferral referral = new NewReferral(
                        id,
                        candidate,
                        digest.digest(accessCodeContext(candidate), code.value()),
                        parties,
                        request.subject(),
                        request.sector(),
                        request.language(),
                        citizen.postalCode().map(CitizenRegion::of).map(a -> a.value()),
                        Optional.of(citizen.preferredLanguage()),
                        request.priorContactMade(),
                        request.externalReference(),
                        Optional.of(consent),
                        Optional.of(request.personalData()),
                        dueAt,
                        now,
                        Optional.empty());
                if (referrals.insert(referral)) {
                    reference = candidate;
                }
            }
            if (reference == null) {
                throw new IllegalStateException("no free public reference after " + REFERENCE_ATTEMPTS + " draws");
            }
            referrals.appendEvent(new NewReferralEvent(
                    UUID.randomUUID(),
                    id,
                    parties,
                    "create",
                    Optional.empty(),
                    ReferralState.SENT,
                    Actor.of(context.caller()),
                    sender,
                    Optional.empty(),
                    Optional.empty(),
                    now));
            events.record(
                    context,
                    sender,
                    ReferralEvents.RECEIVED,
                    "referral.created",
                    parties,
                    id,
                    Optional.of(ReferralState.SENT),
                    ReferralEvents.link(id),
                    now);
            Referral stored = referrals.find(sender, id).orElseThrow();
            CreatedReferral created = new CreatedReferral(stored, code);
            inSameUnitOfWork.accept(created);
            return created;
        });
    }

    private Tenant receiverOf(TenantId sender, ReferralRequest request) {
        return ReceiverRules.check(tenants, sender, request.receiver());
    }
}

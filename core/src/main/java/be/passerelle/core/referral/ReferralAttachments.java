package be.passerelle.core.referral;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.audit.AuditEntry;
import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.shared.BusinessRuleViolation;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.NotFound;
import be.passerelle.core.shared.PayloadTooLarge;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.UnitOfWork;
import be.passerelle.core.shared.UnsupportedMediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Files exchanged on a referral (SPEC §4.3): at most {@link #MAX_BYTES}, of an accepted {@link
 * AttachmentType} judged on the bytes (the declared type must agree), scanned, stored encrypted,
 * visible to the two institutions only.
 */
public final class ReferralAttachments {
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final int MAX_NAME = 255;

    private final UnitOfWork unitOfWork;
    private final Referrals referrals;
    private final Attachments attachments;
    private final VirusScanner scanner;
    private final AuditTrail audit;
    private final Clock clock;

    public ReferralAttachments(
            UnitOfWork unitOfWork,
            Referrals referrals,
            Attachments attachments,
            VirusScanner scanner,
            AuditTrail audit,
            Clock clock) {
        this.unitOfWork = unitOfWork;
        this.referrals = referrals;
        this.attachments = attachments;
        this.scanner = scanner;
        this.audit = audit;
        this.clock = clock;
    }

    public Attachment upload(
            CallContext context, UUID referralId, String fileName, Optional<String> declaredType, byte[] content) {
        TenantId tenant = ReferralStaff.tenantOf(context.caller());
        String name = fileName == null ? "" : fileName.strip();
        if (name.isEmpty() || name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInput("a file name has 1 to " + MAX_NAME + " printable characters");
        }
        if (content.length > MAX_BYTES) {
            throw new PayloadTooLarge("an attachment has at most " + MAX_BYTES + " bytes");
        }
        AttachmentType type = AttachmentType.of(content)
                .orElseThrow(() -> new UnsupportedMediaType("attachments are PDF, PNG or JPEG files"));
        if (declaredType.isPresent() && !declaredType.get().equalsIgnoreCase(type.mediaType())) {
            throw new UnsupportedMediaType("the declared type does not match the file's content");
        }
        return unitOfWork.inTenant(tenant, () -> {
            Referral referral = ReadReferrals.find(referrals, tenant, referralId);
            if (!scanner.isClean(content)) {
                throw new BusinessRuleViolation("the file was refused by the virus scanner");
            }
            UUID id = UUID.randomUUID();
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            Actor actor = Actor.of(context.caller());
            attachments.add(id, referralId, referral.parties(), tenant, actor, name, type, content, now);
            audit.append(new AuditEntry(
                    Optional.of(tenant),
                    actor,
                    "referral.attachment_added",
                    "referral-attachment",
                    id.toString(),
                    context.requestId(),
                    now));
            ReferralParty uploader = referral.sender().id().equals(tenant) ? referral.sender() : referral.receiver();
            return new Attachment(
                    id, uploader, actor.name(), Optional.of(name), type.mediaType(), content.length, false, now);
        });
    }

    public List<Attachment> list(CallContext context, UUID referralId) {
        TenantId tenant = ReferralStaff.tenantOf(context.caller());
        return unitOfWork.inTenant(tenant, () -> {
            ReadReferrals.find(referrals, tenant, referralId);
            return attachments.list(tenant, referralId);
        });
    }

    public AttachmentContent download(CallContext context, UUID referralId, UUID attachmentId) {
        TenantId tenant = ReferralStaff.tenantOf(context.caller());
        return unitOfWork.inTenant(tenant, () -> {
            ReadReferrals.find(referrals, tenant, referralId);
            return attachments.content(tenant, referralId, attachmentId).orElseThrow(() -> new NotFound("attachment"));
        });
    }
}

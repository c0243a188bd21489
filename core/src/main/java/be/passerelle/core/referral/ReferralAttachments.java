package be.passerelle.core.referral;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.audit.AuditEntry;
import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.shared.BusinessRuleViolation;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.NotFound;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.UnitOfWork;
import be.passerelle.core.shared.UnsupportedContent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Files exchanged on a referral (SPEC §4.3): at most {@link #MAX_BYTES}, of an accepted {@link
 * AttachmentType} judged on the bytes (the declared type must agree), scanned, sealed as one stream
 * stored in segments, visible to the two institutions only; streamed both ways in bounded memory.
 */
public final class ReferralAttachments {
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** Plaintext bytes read from an upload at a time: the unit of scanning and of upload memory. */
    public static final int SEGMENT_BYTES = 64 * 1024;

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

    /**
     * Stores the file as it streams, one segment at a time through the store's sealing stream: its
     * first bytes decide the type, the size limit holds as it is read, and the segments, the
     * attachment and its audit entry are
     * written in one unit of work (a refusal half-way leaves nothing).
     */
    public Attachment upload(
            CallContext context, UUID referralId, String fileName, Optional<String> declaredType, InputStream content) {
        TenantId tenant = ReferralStaff.tenantOf(context.caller());
        String name = fileName == null ? "" : fileName.strip();
        if (name.isEmpty() || name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInput("a file name has 1 to " + MAX_NAME + " printable characters");
        }
        UploadSegments segments = new UploadSegments(content, MAX_BYTES, SEGMENT_BYTES);
        AttachmentType type = AttachmentType.of(segments.first())
                .orElseThrow(() -> new UnsupportedContent("attachments are PDF, PNG or JPEG files"));
        if (declaredType.isPresent() && !declaredType.get().equalsIgnoreCase(type.mediaType())) {
            throw new UnsupportedContent("the declared type does not match the file's content");
        }
        return unitOfWork.inTenant(tenant, () -> {
            Referral referral = ReadReferrals.find(referrals, tenant, referralId);
            UUID id = UUID.randomUUID();
            VirusScanner.Scan scan = scanner.start();
            int size = 0;
            try (OutputStream sealed = attachments.newContent(id, referral.parties(), tenant)) {
                for (Optional<UploadSegments.Segment> next = segments.next();
                        next.isPresent();
                        next = segments.next()) {
                    byte[] bytes = next.get().bytes();
                    scan.accept(bytes);
                    sealed.write(bytes);
                    size += bytes.length;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("the attachment could not be stored", e);
            }
            if (!scan.isClean()) {
                throw new BusinessRuleViolation("the file was refused by the virus scanner");
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            Actor actor = Actor.of(context.caller());
            attachments.add(id, referralId, referral.parties(), tenant, actor, name, type, size, now);
            audit.append(new AuditEntry(
                    Optional.of(tenant),
                    actor,
                    "referral.attachment_added",
                    "referral-attachment",
                    id.toString(),
                    context.requestId(),
                    now));
            ReferralParty uploader = referral.sender().id().equals(tenant) ? referral.sender() : referral.receiver();
            return new Attachment(id, uploader, actor.name(), Optional.of(name), type.mediaType(), size, false, now);
        });
    }

    public List<Attachment> list(CallContext context, UUID referralId) {
        TenantId tenant = ReferralStaff.tenantOf(context.caller());
        return unitOfWork.inTenant(tenant, () -> {
            ReadReferrals.find(referrals, tenant, referralId);
            return attachments.list(tenant, referralId);
        });
    }

    /**
     * The attachment's metadata now, its content when written: each stored segment is read in its
     * own short unit of work and opened as it streams for {@code context}'s tenant (the party check and row-level
     * security hold for every one), so a download holds one segment in memory and no transaction
     * open while the client reads.
     */
    public AttachmentDownload download(CallContext context, UUID referralId, UUID attachmentId) {
        TenantId tenant = ReferralStaff.tenantOf(context.caller());
        StoredAttachment stored = unitOfWork.inTenant(tenant, () -> {
            ReadReferrals.find(referrals, tenant, referralId);
            return attachments.find(tenant, referralId, attachmentId).orElseThrow(() -> new NotFound("attachment"));
        });
        return new AttachmentDownload(stored.attachment(), out -> write(tenant, referralId, stored, out));
    }

    private void write(TenantId tenant, UUID referralId, StoredAttachment stored, OutputStream out) throws IOException {
        UUID id = stored.attachment().id();
        long size = stored.attachment().size();
        long written = 0;
        byte[] buffer = new byte[8192];
        try (InputStream content = attachments.opening(
                stored,
                index -> unitOfWork
                        .inTenant(tenant, () -> attachments.segment(tenant, referralId, id, index))
                        .orElseThrow(() -> new NotFound("attachment content")))) {
            for (int read = content.read(buffer); read != -1; read = content.read(buffer)) {
                written += read;
                if (written > size) {
                    throw new IllegalStateException("attachment " + id + " is longer than its recorded size");
                }
                out.write(buffer, 0, read);
            }
        }
        if (written != size) {
            throw new IllegalStateException("attachment " + id + " is shorter than its recorded size");
        }
    }
}

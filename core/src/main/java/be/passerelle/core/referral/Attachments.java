package be.passerelle.core.referral;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.shared.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The attachment store (PostgreSQL), seen by one of the referral's two tenants. The content is
 * stored in segments, each encrypted on its own and bound to its attachment, its index and whether
 * it is the last, so that it streams both ways and cannot be reordered or truncated unnoticed.
 */
public interface Attachments {

    /**
     * Stores one segment of an attachment being uploaded; the attachment itself follows with {@link
     * #add} in the same unit of work.
     */
    void addSegment(
            UUID attachmentId, ReferralParties parties, TenantId uploader, int index, boolean last, byte[] content);

    /** Stores the attachment whose {@code segments} segments were added in this unit of work. */
    void add(
            UUID id,
            UUID referralId,
            ReferralParties parties,
            TenantId uploader,
            Actor actor,
            String fileName,
            AttachmentType type,
            int size,
            int segments,
            Instant at);

    List<Attachment> list(TenantId viewer, UUID referralId);

    /** The attachment, when {@code viewer} is a party and its content is still stored. */
    Optional<StoredAttachment> find(TenantId viewer, UUID referralId, UUID attachmentId);

    /**
     * The decrypted {@code index}-th segment, when {@code viewer} is a party and it is still stored.
     *
     * @throws IllegalStateException when the segment does not open where it is (moved, altered, or
     *     no longer the last one it was sealed as)
     */
    Optional<byte[]> segment(TenantId viewer, UUID referralId, UUID attachmentId, int index);
}

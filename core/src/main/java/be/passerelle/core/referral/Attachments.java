package be.passerelle.core.referral;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.privacy.Sealed;
import be.passerelle.core.shared.TenantId;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * The attachment store (PostgreSQL), seen by one of the referral's two tenants. The content is
 * sealed as one authenticated stream, bound to its attachment, and stored in segments as it is
 * written, so that it streams both ways and cannot be reordered, swapped or truncated unnoticed.
 */
public interface Attachments {

    /**
     * A stream that seals what is written to it into the stored segments of a new attachment, in
     * this unit of work; only its {@link OutputStream#close()} seals the end. The attachment itself
     * follows with {@link #add} in the same unit of work.
     */
    OutputStream newContent(UUID attachmentId, ReferralParties parties, TenantId uploader);

    /** Stores the attachment whose content was written (and closed) in this unit of work. */
    void add(
            UUID id,
            UUID referralId,
            ReferralParties parties,
            TenantId uploader,
            Actor actor,
            String fileName,
            AttachmentType type,
            int size,
            Instant at);

    List<Attachment> list(TenantId viewer, UUID referralId);

    /** The attachment, when {@code viewer} is a party and its content is still stored. */
    Optional<StoredAttachment> find(TenantId viewer, UUID referralId, UUID attachmentId);

    /**
     * The {@code index}-th stored segment of the attachment's content, still sealed, when {@code
     * viewer} is a party and it is still stored.
     */
    Optional<Sealed> segment(TenantId viewer, UUID referralId, UUID attachmentId, int index);

    /**
     * The plaintext of {@code stored}, read from its segments one at a time through {@code
     * segments} (index to stored segment, e.g. each in its own unit of work). Reading throws an
     * {@link java.io.IOException} or an {@link IllegalStateException} as soon as a segment does not
     * open where it is (moved, altered, or the content cut short).
     */
    InputStream opening(StoredAttachment stored, IntFunction<Sealed> segments);
}

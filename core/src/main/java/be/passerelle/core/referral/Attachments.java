package be.passerelle.core.referral;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.shared.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The attachment store (PostgreSQL), seen by one of the referral's two tenants; content encrypted. */
public interface Attachments {

    void add(
            UUID id,
            UUID referralId,
            ReferralParties parties,
            TenantId uploader,
            Actor actor,
            String fileName,
            AttachmentType type,
            byte[] content,
            Instant at);

    List<Attachment> list(TenantId viewer, UUID referralId);

    Optional<AttachmentContent> content(TenantId viewer, UUID referralId, UUID attachmentId);
}

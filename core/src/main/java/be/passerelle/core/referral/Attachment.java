package be.passerelle.core.referral;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A file of a referral, without its content.
 *
 * @param fileName the decrypted file name; empty once erased
 * @param erased true once the content is gone with the personal data
 */
public record Attachment(
        UUID id,
        ReferralParty uploaderTenant,
        String uploaderName,
        Optional<String> fileName,
        String mediaType,
        int size,
        boolean erased,
        Instant createdAt) {
    public Attachment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(uploaderTenant, "uploaderTenant");
        Objects.requireNonNull(uploaderName, "uploaderName");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    @Override
    public String toString() {
        return "Attachment[id=" + id + ", mediaType=" + mediaType + ", size=" + size + ", erased=" + erased
                + ", fileName=" + fileName.map(n -> "[hidden]").orElse("none") + "]";
    }
}

package be.passerelle.core.referral;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One message of the thread between the two institutions.
 *
 * @param position the message's place in the thread (pagination key), oldest lowest
 * @param body the decrypted text; empty once erased
 */
public record ReferralMessage(
        UUID id,
        long position,
        ReferralParty authorTenant,
        String authorId,
        String authorName,
        Optional<String> body,
        Instant createdAt) {
    public ReferralMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(authorTenant, "authorTenant");
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(authorName, "authorName");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    @Override
    public String toString() {
        return "ReferralMessage[id=" + id + ", author=" + authorTenant.slug() + ", body="
                + body.map(b -> "[hidden]").orElse("erased") + "]";
    }
}

package be.passerelle.core.referral;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A referral as {@link IssueReferral} hands it to the store. The access code is kept only as its
 * digest; the personal data of the facts is encrypted by the store.
 *
 * @param forwardedFrom the referral this one continues, for a forward
 */
public record NewReferral(
        UUID id,
        PublicReference reference,
        byte[] accessCodeDigest,
        ReferralParties parties,
        CaseFacts facts,
        Instant dueAt,
        Instant createdAt,
        Optional<UUID> forwardedFrom) {
    public NewReferral {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reference, "reference");
        accessCodeDigest =
                Objects.requireNonNull(accessCodeDigest, "accessCodeDigest").clone();
        Objects.requireNonNull(parties, "parties");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(forwardedFrom, "forwardedFrom");
    }

    @Override
    public byte[] accessCodeDigest() {
        return accessCodeDigest.clone();
    }

    @Override
    public String toString() {
        return "NewReferral[id=" + id + ", reference=" + reference + ", parties=" + parties + ", facts=" + facts
                + ", forwardedFrom=" + forwardedFrom.orElse(null) + "]";
    }
}

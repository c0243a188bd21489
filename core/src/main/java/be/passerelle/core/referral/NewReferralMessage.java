package be.passerelle.core.referral;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.shared.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A message to add to a referral's thread; the store encrypts the body. */
public record NewReferralMessage(
        UUID id,
        UUID referralId,
        ReferralParties parties,
        TenantId authorTenant,
        Actor author,
        String body,
        Instant at) {
    public NewReferralMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(parties, "parties");
        Objects.requireNonNull(authorTenant, "authorTenant");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(at, "at");
    }

    @Override
    public String toString() {
        return "NewReferralMessage[id=" + id + ", referralId=" + referralId + ", body hidden]";
    }
}

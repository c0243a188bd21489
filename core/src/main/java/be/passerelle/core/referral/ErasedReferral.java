package be.passerelle.core.referral;

import java.util.Objects;
import java.util.UUID;

/** A referral whose personal data was just erased, with the two institutions whose trails record it. */
public record ErasedReferral(UUID id, ReferralParties parties) {
    public ErasedReferral {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(parties, "parties");
    }
}

package be.passerelle.core.referral;

import be.passerelle.core.shared.NotFound;
import be.passerelle.core.shared.TenantId;
import java.util.Objects;
import java.util.Optional;

/**
 * The sender and the receiver of one referral. They always differ: the use case that creates a
 * referral rejects "receiver is the sender" with its own business error (HTTP 422) before building
 * this value, so meeting it here is a programming error.
 */
public record ReferralParties(TenantId sender, TenantId receiver) {
    public ReferralParties {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(receiver, "receiver");
        if (sender.equals(receiver)) {
            throw new IllegalArgumentException("a referral's sender and receiver must differ");
        }
    }

    /** The party {@code tenant} plays, if any. */
    public Optional<Party> find(TenantId tenant) {
        if (sender.equals(tenant)) {
            return Optional.of(Party.SENDER);
        }
        if (receiver.equals(tenant)) {
            return Optional.of(Party.RECEIVER);
        }
        return Optional.empty();
    }

    /**
     * The party {@code tenant} plays; a tenant that is neither sender nor receiver gets the same
     * {@link NotFound} as for a referral that does not exist, so existence does not leak.
     */
    public Party partyOf(TenantId tenant) {
        return find(tenant).orElseThrow(() -> new NotFound("referral"));
    }

    public TenantId tenantOf(Party party) {
        return switch (Objects.requireNonNull(party, "party")) {
            case SENDER -> sender;
            case RECEIVER -> receiver;
        };
    }
}

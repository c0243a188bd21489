package be.passerelle.core.referral;

import be.passerelle.core.shared.TenantSlug;
import java.util.Objects;
import java.util.UUID;

/**
 * What both parties of a forwarded referral learn of its chained successor (SPEC §4.3): its id,
 * the institution that now holds it and its state, not its content.
 */
public record ForwardedReferral(UUID id, TenantSlug receiver, ReferralState state) {
    public ForwardedReferral {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(state, "state");
    }
}

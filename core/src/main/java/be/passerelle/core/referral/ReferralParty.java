package be.passerelle.core.referral;

import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.TenantSlug;
import java.util.Objects;

/** One institution of a referral, by id and slug. */
public record ReferralParty(TenantId id, TenantSlug slug) {
    public ReferralParty {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slug, "slug");
    }
}

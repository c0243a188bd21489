package be.passerelle.core.referral;

import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.TenantSlug;
import java.time.Instant;
import java.util.Objects;

/**
 * What a citizen learns with the reference and the code (SPEC §4.3): which institution handles
 * the case now and its state, in the citizen's language. Nothing personal.
 */
public record PublicReferralStatus(
        PublicReference reference,
        ReferralState state,
        String stateLabel,
        TenantSlug institution,
        String institutionName,
        Language language,
        Instant updatedAt) {
    public PublicReferralStatus {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(stateLabel, "stateLabel");
        Objects.requireNonNull(institution, "institution");
        Objects.requireNonNull(institutionName, "institutionName");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}

package be.passerelle.core.referral;

import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.LocalizedText;
import be.passerelle.core.shared.TenantSlug;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the narrow status function returns for a public reference: the access code's digest (to
 * check) and non-personal facts only, the holder being the institution that has the case now
 * (forwards followed).
 */
public record PublicStatusRecord(
        byte[] accessCodeDigest,
        ReferralState state,
        TenantSlug holder,
        LocalizedText holderNames,
        List<Language> holderLanguages,
        Optional<Language> citizenLanguage,
        Instant updatedAt) {
    public PublicStatusRecord {
        accessCodeDigest =
                Objects.requireNonNull(accessCodeDigest, "accessCodeDigest").clone();
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(holderNames, "holderNames");
        holderLanguages = List.copyOf(holderLanguages);
        Objects.requireNonNull(citizenLanguage, "citizenLanguage");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    @Override
    public byte[] accessCodeDigest() {
        return accessCodeDigest.clone();
    }
}

package be.passerelle.core.referral;

import java.util.Objects;

/** A referral just created and the citizen's access code, shown this once and never stored in clear. */
public record CreatedReferral(Referral referral, AccessCode accessCode) {
    public CreatedReferral {
        Objects.requireNonNull(referral, "referral");
        Objects.requireNonNull(accessCode, "accessCode");
    }

    @Override
    public String toString() {
        return "CreatedReferral[referral=" + referral + ", accessCode=[hidden]]";
    }
}

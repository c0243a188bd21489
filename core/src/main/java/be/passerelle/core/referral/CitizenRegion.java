package be.passerelle.core.referral;

import be.passerelle.core.directory.AreaCode;
import be.passerelle.core.directory.PostalCode;

/**
 * The region of a citizen's postal code, kept as a plain, non-personal column for statistics (SPEC
 * §4.3). Belgian postal codes are allotted to regions in fixed blocks: 1000–1299 Brussels-Capital,
 * 1300–1499 Walloon Brabant, 1500–3999 Flemish Brabant, Antwerp and Limburg, 4000–7999 the Walloon
 * provinces, 8000–9999 West and East Flanders.
 */
public final class CitizenRegion {
    private CitizenRegion() {}

    public static AreaCode of(PostalCode code) {
        int value = code.value();
        if (value < 1300) {
            return AreaCode.BRUSSELS;
        }
        if (value < 1500 || (value >= 4000 && value < 8000)) {
            return AreaCode.WALLOON_REGION;
        }
        return AreaCode.FLEMISH_REGION;
    }
}

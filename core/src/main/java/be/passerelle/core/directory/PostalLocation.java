package be.passerelle.core.directory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a postal code lies: exactly one region, its communities (two in Brussels), its province
 * (none in Brussels) and the known municipalities that use it. The geography knows only the
 * municipalities of the seed data (those with their own ombudsman), so the list may be empty; it
 * has several entries when the code is shared (1050: Ixelles and the City of Brussels).
 */
public record PostalLocation(
        PostalCode postalCode,
        AreaCode region,
        List<AreaCode> communities,
        Optional<AreaCode> province,
        List<AreaCode> municipalities) {
    public PostalLocation {
        Objects.requireNonNull(postalCode, "postalCode");
        Objects.requireNonNull(region, "region");
        communities = List.copyOf(communities);
        Objects.requireNonNull(province, "province");
        municipalities = List.copyOf(municipalities);
    }

    /** True when several known municipalities use this postal code. */
    public boolean shared() {
        return municipalities.size() > 1;
    }
}

package be.passerelle.core.directory;

import be.passerelle.core.shared.LocalizedText;
import java.util.Objects;
import java.util.Optional;

/**
 * A named administration or company a citizen may complain about (STIB-MIVB, SNCB-NMBS, …), with the
 * level, sector and area that the finder uses instead of the query's when the body is named.
 */
public record Body(String code, LocalizedText names, AdminLevel adminLevel, Optional<String> sector, AreaCode area) {
    public Body {
        Codes.body(code);
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(adminLevel, "adminLevel");
        Objects.requireNonNull(sector, "sector");
        sector.ifPresent(Codes::sector);
        Objects.requireNonNull(area, "area");
    }
}

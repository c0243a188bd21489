package be.passerelle.core.directory;

import be.passerelle.core.shared.TenantSlug;
import java.util.Objects;
import java.util.Set;

/** The institution to point a citizen to when no member is competent, for some administration levels. */
public record OrientationPoint(TenantSlug institution, Set<AdminLevel> levels) {
    public OrientationPoint {
        Objects.requireNonNull(institution, "institution");
        levels = Set.copyOf(levels);
    }
}

package be.passerelle.core.health;

import be.passerelle.core.shared.Tenant;
import java.util.Objects;

/** A receiving institution's health figures. */
public record InstitutionHealth(Tenant institution, HealthFigures figures) {
    public InstitutionHealth {
        Objects.requireNonNull(institution, "institution");
        Objects.requireNonNull(figures, "figures");
    }
}

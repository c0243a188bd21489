package be.passerelle.core.directory;

import be.passerelle.core.shared.LocalizedText;
import java.util.Objects;

/** An entry of the sector taxonomy (energy, telecom, …) with its labels. */
public record Sector(String code, LocalizedText labels) {
    public Sector {
        Codes.sector(code);
        Objects.requireNonNull(labels, "labels");
    }
}

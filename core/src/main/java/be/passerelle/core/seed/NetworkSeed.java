package be.passerelle.core.seed;

import java.util.List;

/** The network seed data: the member institutions (taxonomies follow with the directory). */
public record NetworkSeed(String version, List<SeedInstitution> institutions) {
    public NetworkSeed {
        institutions = List.copyOf(institutions);
    }
}

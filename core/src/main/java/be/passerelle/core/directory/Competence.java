package be.passerelle.core.directory;

import be.passerelle.core.shared.InvalidInput;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an institution handles: complaints in a {@code sector} (any sector when absent) about an
 * administration of {@code adminLevel} (any level when absent) located in {@code territory}, except
 * in {@code excludesAreas} and except about {@code excludesBodies}. When {@code bodies} is not
 * empty, the competence is limited to complaints about those named bodies.
 *
 * <p>That the codes name known areas, sectors and bodies is checked by {@link NetworkDirectory}.
 */
public record Competence(
        Optional<String> sector,
        Optional<AdminLevel> adminLevel,
        List<AreaCode> territory,
        List<String> bodies,
        List<AreaCode> excludesAreas,
        List<String> excludesBodies) {
    public Competence {
        Objects.requireNonNull(sector, "sector");
        sector.ifPresent(Codes::sector);
        Objects.requireNonNull(adminLevel, "adminLevel");
        territory = Codes.distinct(territory, "territory");
        if (territory.isEmpty()) {
            throw new InvalidInput("a competence needs a territory");
        }
        bodies = Codes.distinct(bodies, "bodies");
        bodies.forEach(Codes::body);
        excludesAreas = Codes.distinct(excludesAreas, "excluded areas");
        excludesBodies = Codes.distinct(excludesBodies, "excluded bodies");
        excludesBodies.forEach(Codes::body);
        for (AreaCode area : excludesAreas) {
            if (territory.contains(area)) {
                throw new InvalidInput("area " + area + " is both in the territory and excluded from it");
            }
        }
        if (!bodies.isEmpty() && !excludesBodies.isEmpty()) {
            throw new InvalidInput("a competence limited to named bodies cannot also exclude bodies");
        }
    }

    /** A competence over a territory for one level, with no sector and no exception. */
    public static Competence forLevel(AdminLevel level, AreaCode... territory) {
        return new Competence(
                Optional.empty(), Optional.of(level), List.of(territory), List.of(), List.of(), List.of());
    }

    /** A competence for one sector at one level over a territory, with no exception. */
    public static Competence forSector(String sector, AdminLevel level, AreaCode... territory) {
        return new Competence(
                Optional.of(sector), Optional.of(level), List.of(territory), List.of(), List.of(), List.of());
    }

    public Competence excludingAreas(AreaCode... areas) {
        return new Competence(sector, adminLevel, territory, bodies, List.of(areas), excludesBodies);
    }

    public Competence excludingBodies(String... codes) {
        return new Competence(sector, adminLevel, territory, bodies, excludesAreas, List.of(codes));
    }

    /** Whether the competence serves only named bodies. */
    public boolean limitedToBodies() {
        return !bodies.isEmpty();
    }
}

package be.passerelle.core.directory;

import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.TenantSlug;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The directory as the competence finder sees it: the geography, the sector and body taxonomies, the
 * institutions' entries and the orientation points. Built from plain records and checked as a
 * whole: every code an entry uses must be known, an excluded area must lie inside its competence's
 * territory, and every orientation point must be an institution of the directory.
 */
public final class NetworkDirectory {
    private final Geography geography;
    private final Map<String, Sector> sectors;
    private final Map<String, Body> bodies;
    private final Map<TenantSlug, DirectoryEntry> institutions;
    private final OrientationPoints orientationPoints;

    public NetworkDirectory(
            Geography geography,
            List<Sector> sectors,
            List<Body> bodies,
            List<DirectoryEntry> institutions,
            OrientationPoints orientationPoints) {
        this.geography = Objects.requireNonNull(geography, "geography");
        this.sectors = index(sectors, Sector::code, "sector");
        this.bodies = index(bodies, Body::code, "body");
        this.institutions = index(institutions, DirectoryEntry::slug, "institution");
        this.orientationPoints = Objects.requireNonNull(orientationPoints, "orientationPoints");
        for (Body body : bodies) {
            geography.require(body.area());
            body.sector().ifPresent(this::requireSector);
        }
        for (DirectoryEntry entry : institutions) {
            entry.competences().forEach(this::check);
        }
        orientationPoints.byLevel().values().forEach(this::requireInstitution);
    }

    public Geography geography() {
        return geography;
    }

    public OrientationPoints orientationPoints() {
        return orientationPoints;
    }

    public List<DirectoryEntry> institutions() {
        return List.copyOf(institutions.values());
    }

    public List<Sector> sectors() {
        return List.copyOf(sectors.values());
    }

    public List<Body> bodies() {
        return List.copyOf(bodies.values());
    }

    public Optional<DirectoryEntry> institution(TenantSlug slug) {
        return Optional.ofNullable(institutions.get(slug));
    }

    public Optional<Sector> sector(String code) {
        return Optional.ofNullable(sectors.get(code));
    }

    public Optional<Body> body(String code) {
        return Optional.ofNullable(bodies.get(code));
    }

    /** The sector with this code; an unknown code is invalid input. */
    public Sector requireSector(String code) {
        Sector sector = sectors.get(code);
        if (sector == null) {
            throw new InvalidInput("unknown sector " + code);
        }
        return sector;
    }

    /** The body with this code; an unknown code is invalid input. */
    public Body requireBody(String code) {
        Body body = bodies.get(code);
        if (body == null) {
            throw new InvalidInput("unknown body " + code);
        }
        return body;
    }

    /**
     * What is wrong with a competence against this directory's taxonomies (unknown sector, area or
     * body; an excluded area outside the territory), each named by its field under {@code path}.
     */
    public List<FieldProblem> problemsOf(Competence competence, String path) {
        List<FieldProblem> problems = new ArrayList<>();
        competence
                .sector()
                .filter(code -> !sectors.containsKey(code))
                .ifPresent(code -> problems.add(new FieldProblem(path + ".sector", "unknown sector " + code)));
        List<AreaCode> territory = competence.territory();
        for (int i = 0; i < territory.size(); i++) {
            if (geography.area(territory.get(i)).isEmpty()) {
                problems.add(new FieldProblem(path + ".territory[" + i + "]", "unknown area " + territory.get(i)));
            }
        }
        unknownBodies(competence.bodies(), path + ".bodies", problems);
        unknownBodies(competence.excludesBodies(), path + ".excludesBodies", problems);
        List<AreaCode> excluded = competence.excludesAreas();
        for (int i = 0; i < excluded.size(); i++) {
            AreaCode area = excluded.get(i);
            String field = path + ".excludesAreas[" + i + "]";
            if (geography.area(area).isEmpty()) {
                problems.add(new FieldProblem(field, "unknown area " + area));
            } else if (problems.isEmpty() && territory.stream().noneMatch(t -> geography.overlaps(t, area))) {
                problems.add(new FieldProblem(field, "area " + area + " lies outside the territory"));
            }
        }
        return problems;
    }

    private void unknownBodies(List<String> codes, String path, List<FieldProblem> problems) {
        for (int i = 0; i < codes.size(); i++) {
            if (!bodies.containsKey(codes.get(i))) {
                problems.add(new FieldProblem(path + "[" + i + "]", "unknown body " + codes.get(i)));
            }
        }
    }

    private DirectoryEntry requireInstitution(TenantSlug slug) {
        DirectoryEntry entry = institutions.get(slug);
        if (entry == null) {
            throw new InvalidInput("unknown institution " + slug);
        }
        return entry;
    }

    private void check(Competence competence) {
        competence.sector().ifPresent(this::requireSector);
        competence.territory().forEach(geography::require);
        competence.bodies().forEach(this::requireBody);
        competence.excludesBodies().forEach(this::requireBody);
        for (AreaCode excluded : competence.excludesAreas()) {
            geography.require(excluded);
            if (competence.territory().stream().noneMatch(area -> geography.overlaps(area, excluded))) {
                throw new InvalidInput("excluded area " + excluded + " lies outside the competence's territory");
            }
        }
    }

    private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key, String what) {
        Objects.requireNonNull(values, what);
        Map<K, V> byKey = new LinkedHashMap<>();
        for (V value : values) {
            Objects.requireNonNull(value, what);
            if (byKey.putIfAbsent(key.apply(value), value) != null) {
                throw new InvalidInput(what + " " + key.apply(value) + " is defined twice");
            }
        }
        return Collections.unmodifiableMap(byKey);
    }
}

package be.passerelle.core.directory;

import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.TenantSlug;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The seed's {@code orientationPoints}: one institution per administration level, for every level. */
public record OrientationPoints(Map<AdminLevel, TenantSlug> byLevel) {
    public OrientationPoints {
        EnumMap<AdminLevel, TenantSlug> copy = new EnumMap<>(AdminLevel.class);
        byLevel.forEach((level, slug) -> {
            if (level != null && slug != null) {
                copy.put(level, slug);
            }
        });
        if (copy.size() != AdminLevel.values().length) {
            throw new InvalidInput("every administration level needs an orientation point");
        }
        byLevel = Collections.unmodifiableMap(copy);
    }

    public OrientationPoint forLevel(AdminLevel level) {
        return new OrientationPoint(byLevel.get(level), Set.of(level));
    }

    /** One point per distinct institution, with the levels it is the point for, in level order. */
    public List<OrientationPoint> all() {
        Map<TenantSlug, Set<AdminLevel>> levels = new LinkedHashMap<>();
        byLevel.forEach((level, slug) -> levels.computeIfAbsent(slug, s -> EnumSet.noneOf(AdminLevel.class))
                .add(level));
        List<OrientationPoint> points = new ArrayList<>();
        levels.forEach((slug, set) -> points.add(new OrientationPoint(slug, set)));
        return List.copyOf(points);
    }
}

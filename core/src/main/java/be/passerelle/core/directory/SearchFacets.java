package be.passerelle.core.directory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the directory search filters on, worked out from an entry's competences: the sectors they
 * name and the regions and communities their territories reach.
 */
public record SearchFacets(List<String> sectors, List<AreaCode> areas) {
    public SearchFacets {
        sectors = List.copyOf(sectors);
        areas = List.copyOf(areas);
    }

    public static SearchFacets of(List<Competence> competences, Geography geography) {
        Set<String> sectors = new LinkedHashSet<>();
        Set<AreaCode> areas = new LinkedHashSet<>();
        for (Competence competence : competences) {
            competence.sector().ifPresent(sectors::add);
            for (Area area : geography.areas()) {
                if (area.kind() != AreaKind.REGION && area.kind() != AreaKind.COMMUNITY) {
                    continue;
                }
                if (competence.territory().stream().anyMatch(t -> geography.overlaps(t, area.code()))) {
                    areas.add(area.code());
                }
            }
        }
        return new SearchFacets(new ArrayList<>(sectors), new ArrayList<>(areas));
    }
}

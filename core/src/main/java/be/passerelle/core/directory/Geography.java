package be.passerelle.core.directory;

import be.passerelle.core.shared.InvalidInput;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The Belgian geography of the network: which postal codes each area holds, and so which areas
 * contain which.
 *
 * <p>Areas are compared through "places": one place per postal code in use, or, when municipalities
 * of the seed list a code, one place per such municipality (postal code 1050 is two places, the
 * Ixelles part and the City of Brussels part). An area is a set of places; area X covers area Y when
 * Y's places are all X's. A municipality's list of postal codes is taken as the full list of known
 * municipalities that use those codes.
 *
 * <p>Built once from the seed's areas and immutable; every postal code in use must lie in exactly
 * one region and at most one province.
 */
public final class Geography {
    private final Map<AreaCode, Area> areas;
    /** The postal codes in use, by value. */
    private final BitSet inUse = new BitSet(PostalCode.MAX + 1);
    /** The postal code of each place. */
    private final int[] placeCodes;
    /** The municipality (or other listing area) that owns each place, or null. */
    private final AreaCode[] placeOwners;
    /** For each postal code in use, its first place and the place after its last. */
    private final int[] firstPlace = new int[PostalCode.MAX + 2];

    private final Map<AreaCode, BitSet> extents = new HashMap<>();

    public Geography(List<Area> areas) {
        Objects.requireNonNull(areas, "areas");
        Map<AreaCode, Area> byCode = new LinkedHashMap<>();
        for (Area area : areas) {
            Objects.requireNonNull(area, "area");
            if (byCode.putIfAbsent(area.code(), area) != null) {
                throw new InvalidInput("area " + area.code() + " is defined twice");
            }
        }
        this.areas = Collections.unmodifiableMap(byCode);
        checkReferences();

        Map<Integer, List<AreaCode>> owners = new HashMap<>();
        for (Area area : byCode.values()) {
            for (PostalRange range : area.postalRanges()) {
                inUse.set(range.first().value(), range.last().value() + 1);
            }
            for (PostalCode code : area.postalCodes()) {
                inUse.set(code.value());
                owners.computeIfAbsent(code.value(), c -> new ArrayList<>()).add(area.code());
            }
        }
        List<Integer> codes = new ArrayList<>();
        List<AreaCode> placeOwnerList = new ArrayList<>();
        for (int code = PostalCode.MIN; code <= PostalCode.MAX + 1; code++) {
            firstPlace[code] = codes.size();
            if (code > PostalCode.MAX || !inUse.get(code)) {
                continue;
            }
            for (AreaCode owner : owners.getOrDefault(code, Collections.singletonList(null))) {
                codes.add(code);
                placeOwnerList.add(owner);
            }
        }
        placeCodes = codes.stream().mapToInt(Integer::intValue).toArray();
        placeOwners = placeOwnerList.toArray(new AreaCode[0]);

        for (AreaCode code : byCode.keySet()) {
            extentOf(code, new HashSet<>());
        }
        checkPartition();
    }

    /** Every area, in the order they were given. */
    public List<Area> areas() {
        return List.copyOf(areas.values());
    }

    public Optional<Area> area(AreaCode code) {
        return Optional.ofNullable(areas.get(code));
    }

    /** The area with this code; an unknown code is invalid input. */
    public Area require(AreaCode code) {
        Area area = areas.get(code);
        if (area == null) {
            throw new InvalidInput("unknown area " + code);
        }
        return area;
    }

    /** Whether this postal code is one of the Belgian codes in use. */
    public boolean inUse(PostalCode code) {
        return inUse.get(code.value());
    }

    /** Locates a postal code given as text; malformed or unused codes are invalid input. */
    public PostalLocation locate(String postalCode) {
        return locate(PostalCode.parse(postalCode));
    }

    public PostalLocation locate(PostalCode code) {
        BitSet places = places(code);
        AreaCode region = null;
        AreaCode province = null;
        List<AreaCode> communities = new ArrayList<>();
        List<AreaCode> municipalities = new ArrayList<>();
        for (Area area : areas.values()) {
            if (!extents.get(area.code()).intersects(places)) {
                continue;
            }
            switch (area.kind()) {
                case REGION -> region = area.code();
                case PROVINCE -> province = area.code();
                case COMMUNITY -> communities.add(area.code());
                case MUNICIPALITY -> municipalities.add(area.code());
                case COUNTRY -> {}
            }
        }
        return new PostalLocation(code, region, communities, Optional.ofNullable(province), municipalities);
    }

    /**
     * Whether {@code outer} holds all of {@code inner} (every area covers itself; the Flemish
     * Community covers Brussels; the French Community does not cover Eupen's municipality).
     */
    public boolean covers(AreaCode outer, AreaCode inner) {
        BitSet rest = extent(inner);
        rest.andNot(extents.get(require(outer).code()));
        return rest.isEmpty();
    }

    /** Whether the two areas have some place in common. */
    public boolean overlaps(AreaCode first, AreaCode second) {
        return extent(first).intersects(extents.get(require(second).code()));
    }

    /** Whether {@code area} holds every place of this postal code. */
    public boolean covers(AreaCode area, PostalCode code) {
        BitSet rest = places(code);
        rest.andNot(extent(area));
        return rest.isEmpty();
    }

    // Place-level access for the competence finder.

    /** The places of an area (a copy). */
    BitSet extent(AreaCode code) {
        return (BitSet) extents.get(require(code).code()).clone();
    }

    /** The places of a postal code in use (a copy); unused codes are invalid input. */
    BitSet places(PostalCode code) {
        if (!inUse.get(code.value())) {
            throw new InvalidInput("postal code " + code + " is outside the Belgian postal ranges");
        }
        BitSet places = new BitSet(placeCodes.length);
        places.set(firstPlace[code.value()], firstPlace[code.value() + 1]);
        return places;
    }

    /** The municipality that owns a place, if a municipality lists the place's postal code. */
    Optional<AreaCode> owner(int place) {
        return Optional.ofNullable(placeOwners[place]);
    }

    private void checkReferences() {
        for (Area area : areas.values()) {
            for (AreaCode part : area.composedOf()) {
                require(part);
            }
            for (AreaCode part : area.minus()) {
                require(part);
            }
        }
        long countries = areas.values().stream()
                .filter(a -> a.kind() == AreaKind.COUNTRY)
                .count();
        if (countries > 1) {
            throw new InvalidInput("the geography has more than one country");
        }
    }

    private BitSet extentOf(AreaCode code, Set<AreaCode> visiting) {
        BitSet known = extents.get(code);
        if (known != null) {
            return known;
        }
        if (!visiting.add(code)) {
            throw new InvalidInput("area " + code + " is composed of itself");
        }
        Area area = areas.get(code);
        BitSet extent = new BitSet(placeCodes.length);
        if (!area.postalRanges().isEmpty()) {
            for (PostalRange range : area.postalRanges()) {
                extent.set(
                        firstPlace[range.first().value()],
                        firstPlace[range.last().value() + 1]);
            }
        } else if (!area.postalCodes().isEmpty()) {
            for (int place = 0; place < placeCodes.length; place++) {
                if (code.equals(placeOwners[place])) {
                    extent.set(place);
                }
            }
        } else if (!area.composedOf().isEmpty()) {
            for (AreaCode part : area.composedOf()) {
                extent.or(extentOf(part, visiting));
            }
            for (AreaCode part : area.minus()) {
                extent.andNot(extentOf(part, visiting));
            }
        } else {
            extent.set(0, placeCodes.length);
        }
        if (extent.isEmpty()) {
            throw new InvalidInput("area " + code + " holds no postal code");
        }
        visiting.remove(code);
        extents.put(code, extent);
        return extent;
    }

    private void checkPartition() {
        for (int place = 0; place < placeCodes.length; place++) {
            int regions = 0;
            int provinces = 0;
            for (Area area : areas.values()) {
                if (extents.get(area.code()).get(place)) {
                    regions += area.kind() == AreaKind.REGION ? 1 : 0;
                    provinces += area.kind() == AreaKind.PROVINCE ? 1 : 0;
                }
            }
            if (regions != 1) {
                throw new InvalidInput("postal code " + placeCodes[place] + " lies in " + regions + " regions");
            }
            if (provinces > 1) {
                throw new InvalidInput("postal code " + placeCodes[place] + " lies in " + provinces + " provinces");
            }
        }
    }
}

package be.passerelle.core.directory;

import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.LocalizedText;
import java.util.List;
import java.util.Objects;

/**
 * One area of the geography, as the seed data defines it. An area is defined in exactly one way:
 *
 * <ul>
 *   <li>by postal ranges (regions, provinces, the German-speaking Community);
 *   <li>by a list of postal codes (municipalities: a municipality holds only its own part of a code
 *       that it shares with another listed municipality);
 *   <li>by composition: the union of {@code composedOf} without the {@code minus} areas (the French
 *       and Flemish Communities);
 *   <li>by nothing at all, for the country, which is every area's postal codes together.
 * </ul>
 */
public record Area(
        AreaCode code,
        AreaKind kind,
        LocalizedText labels,
        List<PostalRange> postalRanges,
        List<PostalCode> postalCodes,
        List<AreaCode> composedOf,
        List<AreaCode> minus) {
    public Area {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(labels, "labels");
        postalRanges = Codes.distinct(postalRanges, "postal ranges of " + code);
        postalCodes = Codes.distinct(postalCodes, "postal codes of " + code);
        composedOf = Codes.distinct(composedOf, "composition of " + code);
        minus = Codes.distinct(minus, "exceptions of " + code);
        int ways = (postalRanges.isEmpty() ? 0 : 1) + (postalCodes.isEmpty() ? 0 : 1) + (composedOf.isEmpty() ? 0 : 1);
        if (ways > 1) {
            throw new InvalidInput(
                    "area " + code + " is defined by postal ranges, postal codes or composition, not several");
        }
        if (ways == 0 && kind != AreaKind.COUNTRY) {
            throw new InvalidInput("area " + code + " has no postal range, postal code or composition");
        }
        if (!minus.isEmpty() && composedOf.isEmpty()) {
            throw new InvalidInput("area " + code + " subtracts areas but is not composed of any");
        }
        if (composedOf.contains(code) || minus.contains(code)) {
            throw new InvalidInput("area " + code + " refers to itself");
        }
    }

    public static Area ranged(AreaCode code, AreaKind kind, LocalizedText labels, List<PostalRange> ranges) {
        return new Area(code, kind, labels, ranges, List.of(), List.of(), List.of());
    }

    public static Area listed(AreaCode code, AreaKind kind, LocalizedText labels, List<PostalCode> codes) {
        return new Area(code, kind, labels, List.of(), codes, List.of(), List.of());
    }

    public static Area composed(
            AreaCode code, AreaKind kind, LocalizedText labels, List<AreaCode> composedOf, List<AreaCode> minus) {
        return new Area(code, kind, labels, List.of(), List.of(), composedOf, minus);
    }

    public static Area country(AreaCode code, LocalizedText labels) {
        return new Area(code, AreaKind.COUNTRY, labels, List.of(), List.of(), List.of(), List.of());
    }
}

package be.passerelle.core.directory;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The sector codes of the shared taxonomy, to refuse a code it does not hold where a request names
 * a sector (a referral, a referral list filter): a 400 naming the field instead of a stored stray.
 */
public final class KnownSectors {
    private final Supplier<? extends Collection<Sector>> sectors;

    /** @param sectors the taxonomy's sectors, read inside the caller's unit of work */
    public KnownSectors(Supplier<? extends Collection<Sector>> sectors) {
        this.sectors = Objects.requireNonNull(sectors, "sectors");
    }

    /** Throws {@link InvalidFields} naming {@code field} unless {@code code} is a sector of the taxonomy. */
    public void require(String field, String code) {
        if (sectors.get().stream().noneMatch(sector -> sector.code().equals(code))) {
            throw new InvalidFields(List.of(new FieldProblem(field, "is not a sector code of the taxonomy")));
        }
    }
}

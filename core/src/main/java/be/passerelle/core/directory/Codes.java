package be.passerelle.core.directory;

import be.passerelle.core.shared.InvalidInput;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks shared by the directory's records: code formats and list invariants. */
final class Codes {
    private static final Pattern SECTOR = Pattern.compile("[a-z][a-z0-9-]{0,62}");
    private static final Pattern BODY = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,62}");

    private Codes() {}

    static String sector(String code) {
        if (code == null || !SECTOR.matcher(code).matches()) {
            throw new InvalidInput("a sector code has 1 to 63 lower-case letters, digits and hyphens");
        }
        return code;
    }

    static String body(String code) {
        if (code == null || !BODY.matcher(code).matches()) {
            throw new InvalidInput("a body code has 1 to 63 upper-case letters, digits and hyphens");
        }
        return code;
    }

    /** An unmodifiable copy of {@code values} that has no null and no duplicate. */
    static <T> List<T> distinct(List<T> values, String what) {
        Objects.requireNonNull(values, what);
        Set<T> seen = new HashSet<>();
        for (T value : values) {
            if (value == null) {
                throw new InvalidInput(what + " contains an empty value");
            }
            if (!seen.add(value)) {
                throw new InvalidInput(what + " lists " + value + " twice");
            }
        }
        return List.copyOf(values);
    }
}

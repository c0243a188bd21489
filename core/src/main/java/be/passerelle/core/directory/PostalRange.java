package be.passerelle.core.directory;

import be.passerelle.core.shared.InvalidInput;
import java.util.Objects;

/** The postal codes from {@code first} to {@code last}, both included. */
public record PostalRange(PostalCode first, PostalCode last) {
    public PostalRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (first.compareTo(last) > 0) {
            throw new InvalidInput("a postal range starts before it ends: " + first + "-" + last);
        }
    }

    public static PostalRange of(int first, int last) {
        return new PostalRange(new PostalCode(first), new PostalCode(last));
    }

    public boolean contains(PostalCode code) {
        return first.compareTo(code) <= 0 && code.compareTo(last) <= 0;
    }
}

package be.passerelle.core.shared;

import java.util.List;
import java.util.Optional;

/** One page of results and the position to continue from, if there is more. */
public record Page<T>(List<T> items, Optional<Long> next) {
    public Page {
        items = List.copyOf(items);
    }
}

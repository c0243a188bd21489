package be.passerelle.api.web;

import be.passerelle.core.shared.Page;
import java.util.function.Function;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Builds {@link PageResponse}s with a {@code next} link that keeps the request's other parameters. */
public final class PageLinks {
    private PageLinks() {}

    public static <T, R> PageResponse<R> of(Page<T> page, Function<T, R> mapper) {
        String next = page.next()
                .map(position -> ServletUriComponentsBuilder.fromCurrentRequest()
                        .replaceQueryParam("cursor", Cursors.encode(position))
                        .build()
                        .toUriString())
                .orElse(null);
        return new PageResponse<>(page.items().stream().map(mapper).toList(), next);
    }
}

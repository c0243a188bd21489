package be.passerelle.web.api;

import java.net.URI;
import org.springframework.web.util.UriComponentsBuilder;

/** The API's paging as the pages keep it: of its {@code next} link, only the opaque cursor. */
public final class Cursors {
    private Cursors() {}

    /** The cursor of the API's {@code next} link; {@code null} on the last page. */
    public static String cursorOf(String next) {
        if (next == null || next.isBlank()) {
            return null;
        }
        return UriComponentsBuilder.fromUri(URI.create(next))
                .build()
                .getQueryParams()
                .getFirst("cursor");
    }
}

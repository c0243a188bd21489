package be.passerelle.api.web;

import be.passerelle.core.shared.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Opaque pagination cursors: clients pass back what they were given, nothing else is accepted. */
public final class Cursors {
    private static final String PREFIX = "p1:";

    private Cursors() {}

    public static String encode(long position) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    public static Optional<Long> decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return Optional.empty();
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                return Optional.of(Long.parseLong(text.substring(PREFIX.length())));
            }
        } catch (IllegalArgumentException e) {
            // falls through: not one of ours
        }
        throw new InvalidInput("the cursor is not valid");
    }
}

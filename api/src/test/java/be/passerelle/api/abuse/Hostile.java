package be.passerelle.api.abuse;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One hostile request: the valid baseline of an operation with one thing broken.
 *
 * @param what the broken thing, for failure messages
 * @param pathAndQuery the request target, already percent-encoded where the attack wants it
 * @param headers the headers besides {@code Authorization}
 * @param body the request body, or null
 * @param mayBeAccepted whether a 2xx is the designed answer too (ignored headers, free-text filters
 *     of a read); never for a write
 */
record Hostile(
        String what,
        String method,
        String pathAndQuery,
        Map<String, String> headers,
        byte[] body,
        boolean mayBeAccepted) {

    static Hostile of(String what, String method, String pathAndQuery, Map<String, String> headers, String body) {
        return new Hostile(
                what,
                method,
                pathAndQuery,
                headers,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                false);
    }

    Hostile tolerated() {
        return new Hostile(what, method, pathAndQuery, headers, body, true);
    }

    Hostile withHeader(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(headers);
        if (value == null) {
            changed.remove(name);
        } else {
            changed.put(name, value);
        }
        return new Hostile(what, method, pathAndQuery, changed, body, mayBeAccepted);
    }

    @Override
    public String toString() {
        String target = pathAndQuery.length() > 160 ? pathAndQuery.substring(0, 160) + "…" : pathAndQuery;
        return method + " " + target + " [" + what + "]";
    }
}

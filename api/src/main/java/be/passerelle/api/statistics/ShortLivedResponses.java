package be.passerelle.api.statistics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The public statistics as rendered (body, ETag, headers), kept for a few seconds per request key:
 * their figures move at most once per rollup refresh or publication, so a burst of anonymous readers
 * costs one rendering, not one each (SPEC §6: p99 under 50 ms at 32 clients). When a kept rendering
 * expires, one caller renders the next while the others are still answered from the expiring one
 * (stale for the length of one rendering at most), so that readers do not all render at once. A zero
 * {@code ttl} keeps nothing. Conditional requests are answered from the kept ETag.
 */
final class ShortLivedResponses {
    private static final int MAX_ENTRIES = 1000;

    private record Entry(ResponseEntity<?> response, Instant until, AtomicBoolean renewing) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration ttl;

    ShortLivedResponses(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    /** The 200 response for {@code key}, rendered by {@code render} at most once per {@code ttl}, or a 304. */
    @SuppressWarnings("unchecked")
    <T> ResponseEntity<T> get(String key, String ifNoneMatch, Supplier<ResponseEntity<T>> render) {
        Instant now = clock.instant();
        Entry kept = entries.get(key);
        ResponseEntity<T> response;
        if (kept != null && (now.isBefore(kept.until()) || !kept.renewing().compareAndSet(false, true))) {
            response = (ResponseEntity<T>) kept.response();
        } else {
            try {
                response = render.get();
            } finally {
                if (kept != null) {
                    kept.renewing().set(false);
                }
            }
            if (!ttl.isZero() && response.getStatusCode().value() == 200) {
                if (entries.size() >= MAX_ENTRIES) {
                    entries.clear();
                }
                entries.put(key, new Entry(response, now.plus(ttl), new AtomicBoolean()));
            }
        }
        return notModified(response, ifNoneMatch);
    }

    private static <T> ResponseEntity<T> notModified(ResponseEntity<T> response, String ifNoneMatch) {
        String tag = response.getHeaders().getETag();
        if (ifNoneMatch == null || tag == null || response.getStatusCode().value() != 200) {
            return response;
        }
        boolean matches = List.of(ifNoneMatch.split(",")).stream()
                .map(String::strip)
                .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                .anyMatch(t -> t.equals(tag) || t.equals("*"));
        if (!matches) {
            return response;
        }
        return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                .headers(headers -> {
                    headers.setETag(tag);
                    headers.setCacheControl(response.getHeaders().getCacheControl());
                    headers.setVary(response.getHeaders().getVary());
                })
                .build();
    }
}

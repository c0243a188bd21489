package be.passerelle.api.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.api.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;

class ShortLivedResponsesTest {
    private final TestClock clock = new TestClock(Instant.parse("2026-11-27T10:00:00Z"));
    private final AtomicInteger renderings = new AtomicInteger();

    @Test
    void a_response_is_rendered_once_per_ttl_and_key() {
        ShortLivedResponses responses = new ShortLivedResponses(clock, Duration.ofSeconds(5));

        responses.get("network:2025", null, this::render);
        responses.get("network:2025", null, this::render);
        responses.get("network:2024", null, this::render);
        assertThat(renderings).hasValue(2);

        clock.advance(Duration.ofSeconds(5));
        ResponseEntity<String> later = responses.get("network:2025", null, this::render);
        assertThat(renderings).hasValue(3);
        assertThat(later.getBody()).isEqualTo("body 3");
    }

    @Test
    void a_matching_if_none_match_gets_a_304_with_the_same_tag_and_caching() {
        ShortLivedResponses responses = new ShortLivedResponses(clock, Duration.ofSeconds(5));
        String tag = responses.get("k", null, this::render).getHeaders().getETag();

        ResponseEntity<String> unchanged = responses.get("k", "W/" + tag + ", \"other\"", this::render);
        ResponseEntity<String> changed = responses.get("k", "\"other\"", this::render);

        assertThat(unchanged.getStatusCode().value()).isEqualTo(304);
        assertThat(unchanged.getBody()).isNull();
        assertThat(unchanged.getHeaders().getETag()).isEqualTo(tag);
        assertThat(unchanged.getHeaders().getCacheControl()).isEqualTo("max-age=60, public");
        assertThat(changed.getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void a_zero_ttl_keeps_nothing() {
        ShortLivedResponses responses = new ShortLivedResponses(clock, Duration.ZERO);

        responses.get("k", null, this::render);
        responses.get("k", null, this::render);

        assertThat(renderings).hasValue(2);
    }

    private ResponseEntity<String> render() {
        int n = renderings.incrementAndGet();
        return ResponseEntity.ok()
                .eTag("\"tag-" + n + "\"")
                .cacheControl(CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic())
                .body("body " + n);
    }
}

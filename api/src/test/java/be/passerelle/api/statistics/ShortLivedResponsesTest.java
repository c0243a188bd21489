package be.passerelle.api.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
    void while_one_caller_renders_an_expired_response_the_others_get_the_expiring_one() throws Exception {
        ShortLivedResponses responses = new ShortLivedResponses(clock, Duration.ofSeconds(5));
        responses.get("k", null, this::render);
        clock.advance(Duration.ofSeconds(5));
        CountDownLatch rendering = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService renewer = Executors.newSingleThreadExecutor();
        try {
            Future<ResponseEntity<String>> renewed = renewer.submit(() -> responses.get("k", null, () -> {
                rendering.countDown();
                await(release);
                return render();
            }));
            assertThat(rendering.await(10, TimeUnit.SECONDS)).isTrue();

            ResponseEntity<String> meanwhile = responses.get("k", null, this::render);
            release.countDown();

            assertThat(meanwhile.getBody()).isEqualTo("body 1");
            assertThat(renewed.get(10, TimeUnit.SECONDS).getBody()).isEqualTo("body 2");
            assertThat(responses.get("k", null, this::render).getBody()).isEqualTo("body 2");
            assertThat(renderings).hasValue(2);
        } finally {
            renewer.shutdownNow();
        }
    }

    @Test
    void a_failed_renewal_lets_the_next_caller_render() {
        ShortLivedResponses responses = new ShortLivedResponses(clock, Duration.ofSeconds(5));
        responses.get("k", null, this::render);
        clock.advance(Duration.ofSeconds(5));

        assertThatThrownBy(() -> responses.get("k", null, () -> {
                    throw new IllegalStateException("database down");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(responses.get("k", null, this::render).getBody()).isEqualTo("body 2");
    }

    @Test
    void a_zero_ttl_keeps_nothing() {
        ShortLivedResponses responses = new ShortLivedResponses(clock, Duration.ZERO);

        responses.get("k", null, this::render);
        responses.get("k", null, this::render);

        assertThat(renderings).hasValue(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private ResponseEntity<String> render() {
        int n = renderings.incrementAndGet();
        return ResponseEntity.ok()
                .eTag("\"tag-" + n + "\"")
                .cacheControl(CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic())
                .body("body " + n);
    }
}

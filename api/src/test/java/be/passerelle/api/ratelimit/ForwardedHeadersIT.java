package be.passerelle.api.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.api.ApiIntegrationTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** With the default configuration no proxy is trusted: a forwarded address changes nothing. */
class ForwardedHeadersIT extends ApiIntegrationTest {
    private static final Pattern REMAINING = Pattern.compile("\"anonymous\";r=(\\d+);t=\\d+");

    @Test
    void x_forwarded_for_is_ignored_when_no_proxy_is_configured() {
        long first = remaining(forwardedFor("198.51.100.7"));
        long second = remaining(forwardedFor("198.51.100.8"));
        long third = remaining(forwardedFor("203.0.113.200"));

        // one budget, the peer's (the loopback): each request takes one from it
        assertThat(second).isEqualTo(first - 1);
        assertThat(third).isEqualTo(first - 2);
    }

    private Response forwardedFor(String address) {
        Response response = send(request("/api/v1/taxonomy/sectors", null)
                .header("X-Forwarded-For", address)
                .GET()
                .build());
        assertThat(response.status()).isEqualTo(200);
        return response;
    }

    private static long remaining(Response response) {
        Matcher matcher = REMAINING.matcher(response.header("RateLimit"));
        assertThat(matcher.matches()).as(response.header("RateLimit")).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}

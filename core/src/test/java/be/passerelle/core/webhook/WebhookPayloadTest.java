package be.passerelle.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WebhookPayloadTest {
    private static final UUID EVENT = UUID.fromString("00000000-0000-0000-0000-00000000000e");

    @Test
    void the_body_is_the_thin_event_with_an_absolute_link() {
        OutgoingMessage message = new OutgoingMessage(
                UUID.randomUUID(),
                0,
                EVENT,
                "referral.state_changed",
                Instant.parse("2026-11-27T10:15:30.123456Z"),
                Optional.of("energy-ombudsman"),
                "referral",
                "r-1",
                Optional.of("ACCEPTED"),
                "/api/v1/referrals/r-1");

        String body =
                new String(WebhookPayload.render(message, "https://api.passerelle.example/"), StandardCharsets.UTF_8);

        assertThat(body)
                .isEqualTo("{\"type\":\"referral.state_changed\",\"timestamp\":\"2026-11-27T10:15:30.123Z\","
                        + "\"data\":{\"id\":\"00000000-0000-0000-0000-00000000000e\",\"tenant\":\"energy-ombudsman\","
                        + "\"resourceType\":\"referral\",\"resourceId\":\"r-1\",\"state\":\"ACCEPTED\","
                        + "\"link\":\"https://api.passerelle.example/api/v1/referrals/r-1\"}}");
    }

    @Test
    void absent_values_are_null_and_strings_are_escaped() {
        OutgoingMessage message = new OutgoingMessage(
                UUID.randomUUID(),
                0,
                EVENT,
                "directory.updated",
                Instant.parse("2026-11-27T10:15:30Z"),
                Optional.empty(),
                "directory-entry",
                "a\"b\\c\n\u0001",
                Optional.empty(),
                "/x");

        String body = new String(WebhookPayload.render(message, "http://localhost:8080"), StandardCharsets.UTF_8);

        assertThat(body)
                .contains("\"tenant\":null", "\"state\":null", "\"resourceId\":\"a\\\"b\\\\c\\n\\u0001\"")
                .contains("\"link\":\"http://localhost:8080/x\"");
    }
}

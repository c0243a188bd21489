package be.passerelle.infra.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.webhook.WebhookSecret;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HmacWebhookSignerTest {
    private final HmacWebhookSigner signer = new HmacWebhookSigner();

    @Test
    void signs_like_the_standard_webhooks_reference_example() {
        // The example of the Standard Webhooks specification's reference implementations.
        WebhookSecret secret = new WebhookSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

        String signed = signer.sign(
                secret,
                "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330,
                "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8));

        assertThat(signed).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void any_change_to_id_timestamp_or_body_changes_the_signature() {
        WebhookSecret secret = WebhookSecret.generate(new Random(1));
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        String reference = signer.sign(secret, "a", 1, body);

        assertThat(signer.sign(secret, "b", 1, body)).isNotEqualTo(reference);
        assertThat(signer.sign(secret, "a", 2, body)).isNotEqualTo(reference);
        assertThat(signer.sign(secret, "a", 1, "{ }".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(reference);
        assertThat(signer.sign(WebhookSecret.generate(new Random(2)), "a", 1, body))
                .isNotEqualTo(reference);
    }

    @Test
    void secrets_are_prefixed_random_32_bytes_and_never_printed() {
        Random random = new Random(2);
        WebhookSecret one = WebhookSecret.generate(random);
        WebhookSecret two = WebhookSecret.generate(random);

        assertThat(one.value()).startsWith("whsec_").isNotEqualTo(two.value());
        assertThat(one.key()).hasSize(32);
        assertThat(one.toString()).doesNotContain(one.value().substring(6));
        assertThatThrownBy(() -> new WebhookSecret("secret")).isInstanceOf(IllegalArgumentException.class);
    }
}

package be.passerelle.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void signs_like_the_standard_webhooks_reference_example() {
        // The example of the Standard Webhooks specification's reference implementations.
        WebhookSignature signature = WebhookSignature.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

        String signed = signature.sign(
                "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8));

        assertThat(signed).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void any_change_to_id_timestamp_or_body_changes_the_signature() {
        WebhookSignature signature = WebhookSignature.of(WebhookSignature.newSecret(new Random(1)));
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        String reference = signature.sign("a", 1, body);

        assertThat(signature.sign("b", 1, body)).isNotEqualTo(reference);
        assertThat(signature.sign("a", 2, body)).isNotEqualTo(reference);
        assertThat(signature.sign("a", 1, "{ }".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(reference);
    }

    @Test
    void secrets_are_prefixed_random_and_32_bytes() {
        Random random = new Random(2);
        String one = WebhookSignature.newSecret(random);
        String two = WebhookSignature.newSecret(random);

        assertThat(one).startsWith("whsec_").isNotEqualTo(two);
        assertThat(java.util.Base64.getDecoder().decode(one.substring(6))).hasSize(32);
        assertThatThrownBy(() -> WebhookSignature.of("secret")).isInstanceOf(IllegalArgumentException.class);
        assertThat(WebhookSignature.of(one).toString()).doesNotContain(one.substring(6));
    }
}

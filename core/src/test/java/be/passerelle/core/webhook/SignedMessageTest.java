package be.passerelle.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignedMessageTest {
    private static final WebhookSecret OLD = new WebhookSecret("whsec_b2xkLXNlY3JldC1vbGQtc2VjcmV0LW9sZC1zZWNyZXQ=");
    private static final WebhookSecret NEW = new WebhookSecret("whsec_bmV3LXNlY3JldC1uZXctc2VjcmV0LW5ldy1zZWNyZXQ=");
    private static final Instant UNTIL = Instant.parse("2026-11-28T10:00:00Z");
    private static final byte[] BODY = "{}".getBytes(StandardCharsets.UTF_8);

    /** Names the secret and what it signed, so the header shows which secrets signed, in which order. */
    private final WebhookSigner signer =
            (secret, id, timestamp, body) -> "v1," + (secret.equals(NEW) ? "new" : "old") + ":" + id + ":" + timestamp;

    @Test
    void one_signature_per_signing_secret_space_separated_the_new_one_first_until_the_grace_ends() {
        SigningSecrets secrets = new SigningSecrets(NEW, Optional.of(OLD), Optional.of(UNTIL));

        Map<String, String> during = SignedMessage.headers(signer, secrets, "msg_1", UNTIL.minusSeconds(1), BODY);
        Map<String, String> after = SignedMessage.headers(signer, secrets, "msg_1", UNTIL, BODY);

        long before = UNTIL.minusSeconds(1).getEpochSecond();
        assertThat(during)
                .containsEntry("webhook-id", "msg_1")
                .containsEntry("webhook-timestamp", Long.toString(before))
                .containsEntry("webhook-signature", "v1,new:msg_1:" + before + " v1,old:msg_1:" + before)
                .containsEntry("content-type", "application/json");
        assertThat(after).containsEntry("webhook-signature", "v1,new:msg_1:" + UNTIL.getEpochSecond());
    }

    @Test
    void without_a_rotation_one_signature() {
        Map<String, String> headers =
                SignedMessage.headers(signer, SigningSecrets.only(OLD), "msg_2", Instant.EPOCH, BODY);

        assertThat(headers).containsEntry("webhook-signature", "v1,old:msg_2:0");
    }
}

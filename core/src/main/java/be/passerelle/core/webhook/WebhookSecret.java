package be.passerelle.core.webhook;

import java.util.Base64;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * An endpoint's signing secret in the Standard Webhooks form: {@code whsec_} + base64 of 32
 * random bytes. Shown to the subscriber once; never printed.
 */
public record WebhookSecret(String value) {
    public static final String PREFIX = "whsec_";
    private static final int BYTES = 32;

    public WebhookSecret {
        Objects.requireNonNull(value, "value");
        if (!value.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a webhook secret starts with " + PREFIX);
        }
        Base64.getDecoder().decode(value.substring(PREFIX.length()));
    }

    public static WebhookSecret generate(RandomGenerator random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return new WebhookSecret(PREFIX + Base64.getEncoder().encodeToString(bytes));
    }

    /** The key that signs: the bytes after the prefix. */
    public byte[] key() {
        return Base64.getDecoder().decode(value.substring(PREFIX.length()));
    }

    @Override
    public String toString() {
        return "WebhookSecret[hidden]";
    }
}

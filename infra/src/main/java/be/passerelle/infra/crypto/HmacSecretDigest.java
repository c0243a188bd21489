package be.passerelle.infra.crypto;

import be.passerelle.core.privacy.SecretDigest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 of a secret and its context (e.g. the access code and its referral's public
 * reference) with a key of its own ({@code PASSERELLE_ENCRYPTION_HMAC_KEY}, base64, at least 256
 * bits), so that a stolen database does not let anyone test codes offline.
 */
public final class HmacSecretDigest implements SecretDigest {
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public HmacSecretDigest(byte[] key) {
        if (Objects.requireNonNull(key, "key").length < 32) {
            throw new IllegalArgumentException("the HMAC key must have at least 256 bits");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    public static HmacSecretDigest fromBase64(String key) {
        try {
            return new HmacSecretDigest(Base64.getDecoder()
                    .decode(Objects.requireNonNull(key, "key").strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the HMAC key must be base64 of at least 256 bits");
        }
    }

    @Override
    public byte[] digest(String context, String secret) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(Objects.requireNonNull(context, "context").getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(Objects.requireNonNull(secret, "secret").getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC failed", e);
        }
    }

    @Override
    public boolean matches(byte[] expected, String context, String secret) {
        return MessageDigest.isEqual(expected, digest(context, secret));
    }

    @Override
    public String toString() {
        return "HmacSecretDigest[key hidden]";
    }
}

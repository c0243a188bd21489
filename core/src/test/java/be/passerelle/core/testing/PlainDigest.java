package be.passerelle.core.testing;

import be.passerelle.core.privacy.SecretDigest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A readable stand-in for the HMAC: {@code context|secret} as bytes. */
public final class PlainDigest implements SecretDigest {
    @Override
    public byte[] digest(String context, String secret) {
        return (context + "|" + secret).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean matches(byte[] expected, String context, String secret) {
        return Arrays.equals(expected, digest(context, secret));
    }
}

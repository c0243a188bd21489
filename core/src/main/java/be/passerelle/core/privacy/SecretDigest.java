package be.passerelle.core.privacy;

/**
 * A keyed one-way digest (HMAC) of a secret, for secrets that are checked but never shown again,
 * like the citizen's access code (SPEC §4.3): the store keeps only the digest.
 */
public interface SecretDigest {

    byte[] digest(String context, String secret);

    /** Compares a digest with the expected one in constant time. */
    boolean matches(byte[] expected, String context, String secret);
}

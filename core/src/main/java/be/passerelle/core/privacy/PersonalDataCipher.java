package be.passerelle.core.privacy;

/**
 * Encryption at rest of personal data (SPEC §4.3): authenticated encryption with the keyring's
 * current key; values sealed with an older key of the ring still open. The {@code context} is
 * bound to the ciphertext (associated data), e.g. {@code referral:<id>:citizen}, so that a value
 * copied to another row or column does not open.
 */
public interface PersonalDataCipher {

    Sealed seal(byte[] plaintext, String context);

    /** The id of the key new values are sealed with; values under other ids are due for re-encryption. */
    String currentKeyId();

    /**
     * @throws IllegalStateException when the key is unknown or the value or its context was tampered with
     */
    byte[] open(Sealed sealed, String context);
}

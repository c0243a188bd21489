package be.passerelle.infra.crypto;

import be.passerelle.core.privacy.PersonalDataCipher;
import be.passerelle.core.privacy.Sealed;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-GCM from the JDK over a {@link Keyring}: a fresh random 96-bit nonce per value, a 128-bit
 * tag, the context as associated data. Stored form: nonce ‖ ciphertext ‖ tag, with the key id
 * beside it ({@link Sealed#keyId()}).
 */
public final class AesGcmCipher implements PersonalDataCipher {
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Keyring keyring;
    private final SecureRandom random;

    public AesGcmCipher(Keyring keyring, SecureRandom random) {
        this.keyring = Objects.requireNonNull(keyring, "keyring");
        this.random = Objects.requireNonNull(random, "random");
    }

    public AesGcmCipher(Keyring keyring) {
        this(keyring, new SecureRandom());
    }

    @Override
    public Sealed seal(byte[] plaintext, String context) {
        Objects.requireNonNull(plaintext, "plaintext");
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, keyring.current(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad(context));
            byte[] encrypted = cipher.doFinal(plaintext);
            return new Sealed(
                    keyring.currentId(),
                    ByteBuffer.allocate(NONCE_BYTES + encrypted.length)
                            .put(nonce)
                            .put(encrypted)
                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    @Override
    public String currentKeyId() {
        return keyring.currentId();
    }

    @Override
    public byte[] open(Sealed sealed, String context) {
        SecretKey key = keyring.key(sealed.keyId())
                .orElseThrow(() -> new IllegalStateException("unknown encryption key " + sealed.keyId()));
        byte[] stored = sealed.ciphertext();
        if (stored.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("the sealed value is truncated");
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            cipher.updateAAD(aad(context));
            return cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the sealed value does not open: wrong key, context or tampered", e);
        }
    }

    private static byte[] aad(String context) {
        return Objects.requireNonNull(context, "context").getBytes(StandardCharsets.UTF_8);
    }
}

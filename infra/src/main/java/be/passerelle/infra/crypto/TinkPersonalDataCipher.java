package be.passerelle.infra.crypto;

import be.passerelle.core.privacy.PersonalDataCipher;
import be.passerelle.core.privacy.Sealed;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Objects;

/**
 * Personal data sealed with a Tink {@link Aead} keyset (AES-256-GCM), the context as associated
 * data. Stored form: Tink's ciphertext (5-byte key prefix ‖ nonce ‖ ciphertext ‖ tag), beside
 * {@code tink:<primary key id>} ({@link Sealed#keyId()}), so that the re-keying job moves the values
 * of the legacy format (bare key ids of {@link Keyring}) and of an older Tink primary alike.
 *
 * <p>Tink values open under any enabled key of the keyset; legacy values open with the legacy
 * {@link AesGcmCipher} when one is given, until the re-keying job has moved them all.
 */
public final class TinkPersonalDataCipher implements PersonalDataCipher {
    /** Marks a {@link Sealed#keyId()} of this format; legacy key ids cannot contain a colon. */
    public static final String MARKER = "tink:";

    private final Aead aead;
    private final String currentKeyId;
    private final PersonalDataCipher legacy;

    private TinkPersonalDataCipher(KeysetHandle keyset, PersonalDataCipher legacy) {
        Keysets.check(Keysets.Kind.FIELDS, "the fields keyset", Objects.requireNonNull(keyset, "keyset"));
        try {
            this.aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink could not use the fields keyset", e);
        }
        this.currentKeyId = MARKER + Keysets.id(keyset.getPrimary().getId());
        this.legacy = legacy;
    }

    /** Opens Tink values only. */
    public static TinkPersonalDataCipher of(KeysetHandle keyset) {
        return new TinkPersonalDataCipher(keyset, null);
    }

    /** Opens Tink values and, with {@code legacy}, values sealed before Tink. */
    public static TinkPersonalDataCipher withLegacy(KeysetHandle keyset, AesGcmCipher legacy) {
        return new TinkPersonalDataCipher(keyset, Objects.requireNonNull(legacy, "legacy"));
    }

    @Override
    public Sealed seal(byte[] plaintext, String context) {
        Objects.requireNonNull(plaintext, "plaintext");
        try {
            return new Sealed(currentKeyId, aead.encrypt(plaintext, aad(context)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    @Override
    public String currentKeyId() {
        return currentKeyId;
    }

    @Override
    public byte[] open(Sealed sealed, String context) {
        String keyId = sealed.keyId();
        if (keyId.startsWith(MARKER)) {
            try {
                return aead.decrypt(sealed.ciphertext(), aad(context));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(
                        "the sealed value does not open: unknown or retired key, wrong context or tampered", e);
            }
        }
        if (keyId.contains(":")) {
            throw new IllegalStateException("unknown encryption format " + keyId);
        }
        if (legacy == null) {
            throw new IllegalStateException("the value is sealed with legacy key " + keyId
                    + " and no legacy keyring (PASSERELLE_ENCRYPTION_KEYS) is configured");
        }
        return legacy.open(sealed, context);
    }

    private static byte[] aad(String context) {
        return Objects.requireNonNull(context, "context").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "TinkPersonalDataCipher[current=" + currentKeyId + ", legacy=" + (legacy != null) + "]";
    }
}

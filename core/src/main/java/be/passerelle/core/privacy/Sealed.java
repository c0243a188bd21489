package be.passerelle.core.privacy;

import java.util.Arrays;
import java.util.Objects;

/**
 * A value encrypted by the {@link PersonalDataCipher}: the ciphertext and the id of the key that
 * sealed it, stored together so that keys can rotate.
 */
public record Sealed(String keyId, byte[] ciphertext) {
    public Sealed {
        Objects.requireNonNull(keyId, "keyId");
        ciphertext = Objects.requireNonNull(ciphertext, "ciphertext").clone();
    }

    @Override
    public byte[] ciphertext() {
        return ciphertext.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Sealed that && keyId.equals(that.keyId) && Arrays.equals(ciphertext, that.ciphertext);
    }

    @Override
    public int hashCode() {
        return 31 * keyId.hashCode() + Arrays.hashCode(ciphertext);
    }

    @Override
    public String toString() {
        return "Sealed[keyId=" + keyId + ", " + ciphertext.length + " bytes]";
    }
}

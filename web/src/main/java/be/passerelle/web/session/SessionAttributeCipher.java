package be.passerelle.web.session;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * Seals the session attributes (the signed-in user's tokens among them) with a Tink AEAD keyset before
 * they reach the session tables, and opens them when read. A keyset with several keys opens values
 * sealed with any of them, so a key can be rotated without ending sessions.
 */
public final class SessionAttributeCipher {
    private static final byte[] CONTEXT = "passerelle-web session attribute".getBytes(StandardCharsets.UTF_8);

    private final Aead aead;

    public SessionAttributeCipher(String keysetJson) {
        if (keysetJson == null || keysetJson.isBlank()) {
            throw new IllegalStateException(
                    "passerelle.web.session.keyset is not set (PASSERELLE_WEB_SESSION_KEYSET): a Tink AEAD keyset");
        }
        try {
            AeadConfig.register();
            KeysetHandle keyset = TinkJsonProtoKeysetFormat.parseKeyset(keysetJson, InsecureSecretKeyAccess.get());
            this.aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("passerelle.web.session.keyset is not a Tink AEAD keyset", e);
        }
    }

    public byte[] seal(byte[] plain) {
        try {
            return aead.encrypt(plain, CONTEXT);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a session attribute", e);
        }
    }

    public byte[] open(byte[] sealed) {
        try {
            return aead.decrypt(sealed, CONTEXT);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot open a session attribute (unknown key or altered value)", e);
        }
    }
}

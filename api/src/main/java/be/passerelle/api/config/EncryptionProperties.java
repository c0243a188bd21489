package be.passerelle.api.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code passerelle.encryption.*}: the keys that protect personal data at rest (SPEC §4.3).
 *
 * <ul>
 *   <li>{@code keyset} ({@code PASSERELLE_ENCRYPTION_KEYSET}) or {@code keyset-file} ({@code
 *       PASSERELLE_ENCRYPTION_KEYSET_FILE}): the Tink AES-256-GCM keyset (JSON) that seals fields.
 *   <li>{@code stream-keyset} ({@code PASSERELLE_ENCRYPTION_STREAM_KEYSET}) or {@code
 *       stream-keyset-file} ({@code PASSERELLE_ENCRYPTION_STREAM_KEYSET_FILE}): the Tink
 *       AES-256-GCM-HKDF streaming keyset that seals attachments.
 *   <li>{@code keys} ({@code PASSERELLE_ENCRYPTION_KEYS}), optional: the keyring of the format
 *       before Tink, {@code id:base64key,…}, read only, until the re-encryption job has moved every
 *       value it sealed.
 *   <li>{@code hmac.key} ({@code PASSERELLE_ENCRYPTION_HMAC_KEY}): base64 of at least 256 bits, for
 *       the citizens' access codes (stored only as HMACs). Changing it invalidates every issued code.
 * </ul>
 *
 * <p>The keysets have no defaults: the application does not start without them ({@link
 * CryptoWiring} says which is missing). The local stack and the tests set the public development
 * keysets (application-dev.yml, the test base class), which must never protect real data.
 */
@ConfigurationProperties("passerelle.encryption")
public record EncryptionProperties(
        String keyset,
        String keysetFile,
        String streamKeyset,
        String streamKeysetFile,
        String keys,
        @DefaultValue Hmac hmac) {

    /** The public development keys of the tests' legacy keyring: never for real data. */
    static final String DEV_KEYS = "dev-1:kS3T1WO+eJSHSdSPNV2D6291FddYL+xEw76IgBHTCSM=";

    static final String DEV_HMAC_KEY = "cOFRqHtIsDq8+bbII1RKRV2uUyRK5ww+PoJv8P0dELI=";

    /** The access-code HMAC key. */
    public record Hmac(String key) {
        public Hmac {
            if (key == null || key.isBlank()) {
                throw new IllegalStateException(
                        "PASSERELLE_ENCRYPTION_HMAC_KEY (passerelle.encryption.hmac.key) is required");
            }
        }

        @Override
        public String toString() {
            return "Hmac[key hidden]";
        }
    }

    /** Whether the keyring of the format before Tink is still given. */
    boolean hasLegacyKeys() {
        return keys != null && !keys.isBlank();
    }

    /** Whether the legacy keyring or the HMAC key are the public development ones. */
    boolean usesDevelopmentKeys() {
        return (hasLegacyKeys() && keys.contains(DEV_KEYS.substring(DEV_KEYS.indexOf(':') + 1)))
                || DEV_HMAC_KEY.equals(hmac.key().strip());
    }

    @Override
    public String toString() {
        return "EncryptionProperties[keys hidden]";
    }
}

package be.passerelle.api.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code passerelle.encryption.*}: the keys that protect personal data at rest (SPEC §4.3).
 *
 * <ul>
 *   <li>{@code keys} ({@code PASSERELLE_ENCRYPTION_KEYS}): the AES keyring, {@code id:base64key,…},
 *       128/192/256-bit keys, the first one current; keep the older ids listed until their values
 *       are re-encrypted.
 *   <li>{@code hmac.key} ({@code PASSERELLE_ENCRYPTION_HMAC_KEY}): base64 of at least 256 bits, for
 *       the citizens' access codes (stored only as HMACs). Changing it invalidates every issued code.
 * </ul>
 *
 * <p>There are no defaults: the application does not start without both. The local stack and the
 * tests set public development keys (application-dev.yml, the test base class), which are refused
 * nowhere but must never protect real data.
 */
@ConfigurationProperties("passerelle.encryption")
public record EncryptionProperties(
        String keys, @DefaultValue Hmac hmac) {

    /** The public development keys of application-dev.yml and the tests: never for real data. */
    static final String DEV_KEYS = "dev-1:kS3T1WO+eJSHSdSPNV2D6291FddYL+xEw76IgBHTCSM=";

    static final String DEV_HMAC_KEY = "cOFRqHtIsDq8+bbII1RKRV2uUyRK5ww+PoJv8P0dELI=";

    public EncryptionProperties {
        if (keys == null || keys.isBlank()) {
            throw new IllegalStateException("PASSERELLE_ENCRYPTION_KEYS (passerelle.encryption.keys) is required");
        }
    }

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

    boolean usesDevelopmentKeys() {
        return keys.contains(DEV_KEYS.substring(DEV_KEYS.indexOf(':') + 1))
                || DEV_HMAC_KEY.equals(hmac.key().strip());
    }

    @Override
    public String toString() {
        return "EncryptionProperties[keys hidden]";
    }
}

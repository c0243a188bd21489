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
 * <p><b>The defaults are for development and tests only</b>: they are public (they are in this
 * file). Production must set both variables; the application logs a warning at start-up while a
 * default is in use.
 */
@ConfigurationProperties("passerelle.encryption")
public record EncryptionProperties(
        @DefaultValue(DEV_KEYS) String keys, @DefaultValue Hmac hmac) {

    /** DEVELOPMENT ONLY, public: never use it for real data. */
    static final String DEV_KEYS = "dev-1:kS3T1WO+eJSHSdSPNV2D6291FddYL+xEw76IgBHTCSM=";

    /** DEVELOPMENT ONLY, public: never use it for real data. */
    static final String DEV_HMAC_KEY = "cOFRqHtIsDq8+bbII1RKRV2uUyRK5ww+PoJv8P0dELI=";

    /** The access-code HMAC key. */
    public record Hmac(@DefaultValue(DEV_HMAC_KEY) String key) {
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

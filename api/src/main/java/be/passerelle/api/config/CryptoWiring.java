package be.passerelle.api.config;

import be.passerelle.core.privacy.PersonalDataCipher;
import be.passerelle.core.privacy.SecretDigest;
import be.passerelle.infra.crypto.AesGcmCipher;
import be.passerelle.infra.crypto.HmacSecretDigest;
import be.passerelle.infra.crypto.Keyring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The keys of {@code passerelle.encryption.*}: the cipher that seals personal data and webhook
 * secrets, and the digest of citizens' status codes.
 */
@Configuration(proxyBeanMethods = false)
class CryptoWiring {
    private static final Logger log = LoggerFactory.getLogger(CryptoWiring.class);

    @Bean
    PersonalDataCipher personalDataCipher(EncryptionProperties properties) {
        if (properties.usesDevelopmentKeys()) {
            log.warn("personal data is encrypted with the public DEVELOPMENT keys: set PASSERELLE_ENCRYPTION_KEYS"
                    + " and PASSERELLE_ENCRYPTION_HMAC_KEY outside development");
        }
        return new AesGcmCipher(Keyring.parse(properties.keys()));
    }

    @Bean
    SecretDigest secretDigest(EncryptionProperties properties) {
        return HmacSecretDigest.fromBase64(properties.hmac().key());
    }
}

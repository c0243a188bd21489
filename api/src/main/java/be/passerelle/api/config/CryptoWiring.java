package be.passerelle.api.config;

import be.passerelle.core.privacy.PersonalDataCipher;
import be.passerelle.core.privacy.SecretDigest;
import be.passerelle.core.privacy.StreamSealer;
import be.passerelle.infra.crypto.AesGcmCipher;
import be.passerelle.infra.crypto.DevelopmentKeysets;
import be.passerelle.infra.crypto.HmacSecretDigest;
import be.passerelle.infra.crypto.Keyring;
import be.passerelle.infra.crypto.Keysets;
import be.passerelle.infra.crypto.TinkPersonalDataCipher;
import be.passerelle.infra.crypto.TinkStreamSealer;
import com.google.crypto.tink.KeysetHandle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The keys of {@code passerelle.encryption.*}: the Tink cipher that seals personal data and webhook
 * secrets (opening the values of the keyring before Tink while {@code PASSERELLE_ENCRYPTION_KEYS}
 * is set), the Tink stream sealer of attachments, and the digest of citizens' status codes.
 * Start-up fails with the message of {@link Keysets} when a keyset is missing or unreadable.
 */
@Configuration(proxyBeanMethods = false)
class CryptoWiring {
    private static final Logger log = LoggerFactory.getLogger(CryptoWiring.class);

    static final String FIELDS_VARIABLE = "PASSERELLE_ENCRYPTION_KEYSET";
    static final String STREAMS_VARIABLE = "PASSERELLE_ENCRYPTION_STREAM_KEYSET";

    @Bean
    PersonalDataCipher personalDataCipher(EncryptionProperties properties) {
        KeysetHandle keyset =
                Keysets.load(Keysets.Kind.FIELDS, FIELDS_VARIABLE, properties.keyset(), properties.keysetFile());
        if (DevelopmentKeysets.isDevelopment(keyset) || properties.usesDevelopmentKeys()) {
            log.warn("personal data is encrypted with the public DEVELOPMENT keys: set " + FIELDS_VARIABLE
                    + " and PASSERELLE_ENCRYPTION_HMAC_KEY (and no development PASSERELLE_ENCRYPTION_KEYS)"
                    + " outside development");
        }
        if (properties.hasLegacyKeys()) {
            log.info("PASSERELLE_ENCRYPTION_KEYS is set: values sealed before Tink are opened with it until the"
                    + " re-encryption job has moved them");
            return TinkPersonalDataCipher.withLegacy(keyset, new AesGcmCipher(Keyring.parse(properties.keys())));
        }
        return TinkPersonalDataCipher.of(keyset);
    }

    @Bean
    StreamSealer streamSealer(EncryptionProperties properties) {
        KeysetHandle keyset = Keysets.load(
                Keysets.Kind.STREAMS, STREAMS_VARIABLE, properties.streamKeyset(), properties.streamKeysetFile());
        if (DevelopmentKeysets.isDevelopment(keyset)) {
            log.warn("attachments are encrypted with the public DEVELOPMENT keys: set " + STREAMS_VARIABLE
                    + " outside development");
        }
        return new TinkStreamSealer(keyset);
    }

    @Bean
    SecretDigest secretDigest(EncryptionProperties properties) {
        return HmacSecretDigest.fromBase64(properties.hmac().key());
    }
}

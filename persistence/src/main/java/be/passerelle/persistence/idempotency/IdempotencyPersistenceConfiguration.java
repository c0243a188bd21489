package be.passerelle.persistence.idempotency;

import be.passerelle.core.idempotency.IdempotencyStore;
import be.passerelle.core.privacy.PersonalDataCipher;
import be.passerelle.persistence.Database;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The idempotency keys and their stored responses (sealed by the cipher). */
@Configuration(proxyBeanMethods = false)
public class IdempotencyPersistenceConfiguration {

    @Bean
    public IdempotencyStore idempotencyStore(Database database, PersonalDataCipher cipher) {
        return new JooqIdempotencyStore(database, cipher);
    }
}

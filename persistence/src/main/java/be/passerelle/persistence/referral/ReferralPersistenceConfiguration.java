package be.passerelle.persistence.referral;

import be.passerelle.core.privacy.PersonalDataCipher;
import be.passerelle.core.referral.Referrals;
import be.passerelle.persistence.Database;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The referral store as a Spring bean; needs a {@link PersonalDataCipher} bean. */
@Configuration(proxyBeanMethods = false)
public class ReferralPersistenceConfiguration {

    @Bean
    public Referrals referrals(Database database, PersonalDataCipher cipher) {
        return new JooqReferrals(database, cipher);
    }
}

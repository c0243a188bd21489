package be.passerelle.persistence.referral;

import be.passerelle.core.privacy.PersonalDataCipher;
import be.passerelle.core.privacy.Rekeying;
import be.passerelle.core.privacy.StreamSealer;
import be.passerelle.core.referral.Attachments;
import be.passerelle.core.referral.DeadlineScans;
import be.passerelle.core.referral.PersonalDataErasure;
import be.passerelle.core.referral.PublicStatusStore;
import be.passerelle.core.referral.ReferralAssignments;
import be.passerelle.core.referral.ReferralTimeline;
import be.passerelle.core.referral.Referrals;
import be.passerelle.persistence.Database;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The referrals' adapters: the store, attachments, public status and re-keying (fields sealed by the cipher, attachment content by the stream sealer). */
@Configuration(proxyBeanMethods = false)
public class ReferralPersistenceConfiguration {

    @Bean
    public Referrals referrals(Database database, PersonalDataCipher cipher) {
        return new JooqReferralStore(database, cipher);
    }

    @Bean
    public ReferralTimeline referralTimeline(Database database, PersonalDataCipher cipher) {
        return new JooqReferralTimeline(database, cipher);
    }

    @Bean
    public ReferralAssignments referralAssignments(Database database) {
        return new JooqReferralAssignments(database);
    }

    @Bean
    public PersonalDataErasure personalDataErasure(Database database) {
        return new JooqPersonalDataErasure(database);
    }

    @Bean
    public Attachments attachments(Database database, PersonalDataCipher cipher, StreamSealer sealer) {
        return new JooqAttachments(database, cipher, sealer);
    }

    @Bean
    public Rekeying rekeying(Database database, PersonalDataCipher cipher, StreamSealer sealer) {
        return new JooqRekeying(database, cipher, sealer);
    }

    @Bean
    public PublicStatusStore publicStatusStore(Database database) {
        return new JooqPublicStatusStore(database);
    }

    @Bean
    public DeadlineScans deadlineScans(Database database) {
        return new JooqDeadlineScans(database);
    }
}

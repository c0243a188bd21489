package be.passerelle.api.config;

import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.notification.AddressConfirmationMailer;
import be.passerelle.core.notification.ManageNotificationPreferences;
import be.passerelle.core.notification.ManageNotificationSettings;
import be.passerelle.core.notification.NotificationPreferences;
import be.passerelle.core.notification.TenantNotificationSettings;
import be.passerelle.core.privacy.SecretDigest;
import be.passerelle.core.shared.UnitOfWork;
import be.passerelle.core.tenant.Tenants;
import be.passerelle.infra.mail.SmtpAddressConfirmationMailer;
import be.passerelle.persistence.notification.NotificationSettingsPersistenceConfiguration;
import java.net.URI;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Issue #19's settings: the staff's notification preferences, the tenants' notification settings and the intake
 * address's confirmation mail (sent at once through {@code spring.mail.*}).
 */
@Configuration(proxyBeanMethods = false)
@Import(NotificationSettingsPersistenceConfiguration.class)
class NotificationSettingsWiring {

    @Bean
    ManageNotificationPreferences manageNotificationPreferences(
            UnitOfWork unitOfWork, NotificationPreferences preferences, AuditTrail audit, Clock clock) {
        return new ManageNotificationPreferences(unitOfWork, preferences, audit, clock);
    }

    @Bean
    AddressConfirmationMailer addressConfirmationMailer(
            JavaMailSender sender,
            @Value("${passerelle.mail.from}") String from,
            @Value("${passerelle.web.public-base-url}") URI webBaseUrl) {
        return new SmtpAddressConfirmationMailer(sender, from, webBaseUrl);
    }

    @Bean
    ManageNotificationSettings manageNotificationSettings(
            UnitOfWork unitOfWork,
            Tenants tenants,
            TenantNotificationSettings settings,
            AddressConfirmationMailer mailer,
            SecretDigest digest,
            AuditTrail audit,
            Clock clock) {
        return new ManageNotificationSettings(unitOfWork, tenants, settings, mailer, digest, audit, clock);
    }
}

package be.passerelle.api.config;

import be.passerelle.api.security.SecurityProperties;
import be.passerelle.core.notification.MailContent;
import be.passerelle.core.notification.MailTexts;
import be.passerelle.core.notification.MailTransport;
import be.passerelle.core.notification.NotificationStore;
import be.passerelle.core.notification.NotifyStaff;
import be.passerelle.core.notification.QueuedMail;
import be.passerelle.core.notification.StaffDirectory;
import be.passerelle.core.shared.UnitOfWork;
import be.passerelle.infra.keycloak.KeycloakStaffDirectory;
import be.passerelle.infra.mail.SmtpMailTransport;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The staff's mail notifications: the use case, the staff from Keycloak, SMTP through Spring's mail
 * support, and the texts whose links lead to the web client ({@code passerelle.web.public-base-url}).
 */
@Configuration(proxyBeanMethods = false)
class NotificationWiring {
    static final String METRIC = "passerelle.notifications.mails";
    private static final Logger log = LoggerFactory.getLogger(NotificationWiring.class);

    @Bean
    StaffDirectory staffDirectory(
            KeycloakAdminProperties keycloak,
            SecurityProperties security,
            NotificationProperties properties,
            Clock clock) {
        return new KeycloakStaffDirectory(
                keycloak.toSettings(security.issuer(), security.audience()), clock, properties.staffCacheTtl());
    }

    /** Counts the mails sent and failed per kind (13 kinds and DIGEST: bounded). */
    @Bean
    MailTransport mailTransport(
            JavaMailSenderImpl sender, @Value("${passerelle.mail.from}") String from, MeterRegistry meters) {
        MailTransport smtp = new SmtpMailTransport(sender, from);
        return new MailTransport() {
            @Override
            public byte[] compose(MailContent content) {
                return smtp.compose(content);
            }

            @Override
            public void send(QueuedMail mail) {
                try {
                    smtp.send(mail);
                    meters.counter(METRIC, "kind", mail.kind(), "outcome", "sent")
                            .increment();
                } catch (RuntimeException e) {
                    meters.counter(METRIC, "kind", mail.kind(), "outcome", "failed")
                            .increment();
                    throw e;
                }
            }
        };
    }

    @Bean
    MailTexts mailTexts(@Value("${passerelle.web.public-base-url}") String webBaseUrl) {
        return new MailTexts(webBaseUrl);
    }

    @Bean
    NotifyStaff notifyStaff(
            UnitOfWork unitOfWork,
            NotificationStore store,
            StaffDirectory directory,
            MailTransport transport,
            MailTexts texts,
            Clock clock) {
        return new NotifyStaff(unitOfWork, store, directory, transport, texts, clock);
    }
}

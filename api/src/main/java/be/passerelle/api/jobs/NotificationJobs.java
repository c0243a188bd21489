package be.passerelle.api.jobs;

import static be.passerelle.api.jobs.Job.cron;
import static be.passerelle.api.jobs.Job.every;

import be.passerelle.api.config.NotificationProperties;
import be.passerelle.core.notification.NotifyStaff;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The staff's mails (issue #19): every node expands new outbox events and sends due mails (the nodes
 * share the rows through {@code SKIP LOCKED}); one node at a time collects the daily digests at 08:00
 * Brussels time (the use case skips days that are not Belgian working days).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "passerelle.notifications.enabled", havingValue = "true", matchIfMissing = true)
class NotificationJobs {
    private static final Logger log = LoggerFactory.getLogger(NotificationJobs.class);

    @Bean
    Job mailDispatch(NotifyStaff notify, NotificationProperties properties) {
        return Job.onEveryNode("mail-dispatch", every(properties.pollInterval(), properties.pollInterval()), () -> {
            int recorded = notify.expand();
            int sent = notify.send();
            if (recorded > 0 || sent > 0) {
                log.debug("mails: {} deliveries recorded, {} mails sent", recorded, sent);
            }
        });
    }

    @Bean
    Job mailDigest(NotifyStaff notify, NotificationProperties properties, Clock clock) {
        return Job.oneNodeAtATime("mail-digest", cron(properties.digestCron(), BackgroundJobs.BRUSSELS), () -> {
            int digests = notify.digest(clock.instant());
            log.info("mails: {} daily digests stored", digests);
        });
    }
}

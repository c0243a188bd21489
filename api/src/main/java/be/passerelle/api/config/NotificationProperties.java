package be.passerelle.api.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code passerelle.notifications.*}: the staff's mails (issue #19). Each node's worker looks for new
 * outbox events and due mails every {@code poll-interval} ({@code enabled=false} leaves it to other
 * nodes); the staff read from Keycloak are kept {@code staff-cache-ttl}; the daily digest goes out at
 * {@code digest-cron} (Brussels time; only on Belgian working days).
 */
@ConfigurationProperties("passerelle.notifications")
public record NotificationProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("30s") Duration staffCacheTtl,
        @DefaultValue("0 0 8 * * MON-FRI") String digestCron) {}

package be.passerelle.api.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code passerelle.retention.*}: when referrals lose their personal data automatically (SPEC
 * §4.3). {@code after-final} ({@code PASSERELLE_RETENTION_AFTERFINAL}, default 365 days) after a
 * final state; {@code max-age} ({@code PASSERELLE_RETENTION_MAXAGE}, default 3 years) after
 * creation whatever the state; {@code batch} referrals per run, every {@code interval}.
 */
@ConfigurationProperties("passerelle.retention")
public record RetentionProperties(
        @DefaultValue("365d") Duration afterFinal,
        @DefaultValue("1095d") Duration maxAge,
        @DefaultValue("500") int batch,
        @DefaultValue("1h") Duration interval) {}

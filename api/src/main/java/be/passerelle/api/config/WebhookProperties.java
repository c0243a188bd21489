package be.passerelle.api.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code passerelle.webhooks.*}: the egress policy ({@code allow-http} and {@code
 * allow-private-addresses}, both off in production, on in the dev stack), the HTTP timeouts, how
 * often each node's dispatcher polls the outbox ({@code dispatch-interval}; {@code
 * dispatcher-enabled=false} leaves dispatching to other nodes or, in tests, to the test), and the
 * public address of the API that event links start with ({@code public-base-url}), and how long a
 * rotated-out signing secret keeps signing alongside the new one ({@code secret-grace-period}).
 */
@ConfigurationProperties("passerelle.webhooks")
public record WebhookProperties(
        @DefaultValue("false") boolean allowHttp,
        @DefaultValue("false") boolean allowPrivateAddresses,
        @DefaultValue("3s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout,
        @DefaultValue("true") boolean dispatcherEnabled,
        @DefaultValue("1s") Duration dispatchInterval,
        @DefaultValue("http://localhost:8080") String publicBaseUrl,
        @DefaultValue("24h") Duration secretGracePeriod) {}

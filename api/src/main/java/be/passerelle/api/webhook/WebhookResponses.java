package be.passerelle.api.webhook;

import be.passerelle.core.webhook.DeliveryAttempt;
import be.passerelle.core.webhook.PingWebhook;
import be.passerelle.core.webhook.RegisteredWebhook;
import be.passerelle.core.webhook.RotatedSecret;
import be.passerelle.core.webhook.WebhookDelivery;
import be.passerelle.core.webhook.WebhookEndpoint;
import be.passerelle.core.webhook.WebhookEventType;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The response bodies of {@code /api/v1/webhooks}. */
final class WebhookResponses {
    private WebhookResponses() {}

    /**
     * @param enabled false once disabled after failing for about 3 days; events keep queueing
     * @param failingSince when the current run of failures began
     */
    record WebhookResponse(
            UUID id,
            String url,
            List<String> events,
            boolean enabled,
            @Schema(nullable = true) Instant failingSince,
            @Schema(nullable = true) Instant disabledAt,
            Instant createdAt) {
        static WebhookResponse of(WebhookEndpoint e) {
            return new WebhookResponse(
                    e.id(),
                    e.url().toString(),
                    names(e),
                    e.enabled(),
                    e.failingSince().orElse(null),
                    e.disabledAt().orElse(null),
                    e.createdAt());
        }
    }

    /** A new subscription with its signing secret ({@code whsec_…}), shown this once. */
    record RegisteredWebhookResponse(
            UUID id, String url, List<String> events, boolean enabled, Instant createdAt, String secret) {
        static RegisteredWebhookResponse of(RegisteredWebhook registered) {
            WebhookEndpoint e = registered.endpoint();
            return new RegisteredWebhookResponse(
                    e.id(),
                    e.url().toString(),
                    names(e),
                    e.enabled(),
                    e.createdAt(),
                    registered.secret().value());
        }

        @Override
        public String toString() {
            return "RegisteredWebhookResponse[" + id + ", secret hidden]";
        }
    }

    /** @param items the owner's webhooks, oldest first */
    record WebhookListResponse(List<WebhookResponse> items) {}

    /**
     * One event for this endpoint.
     *
     * @param eventId also the {@code webhook-id} header, the same on every attempt
     * @param status PENDING until an attempt gets a 2xx answer
     * @param nextAttemptAt when a pending delivery is tried next
     * @param attempts every attempt, oldest first
     */
    record DeliveryResponse(
            UUID id,
            UUID eventId,
            String eventType,

            @Schema(allowableValues = {"PENDING", "DELIVERED"})
            String status,

            Instant createdAt,
            @Schema(nullable = true) Instant nextAttemptAt,
            @Schema(nullable = true) Instant deliveredAt,
            List<AttemptResponse> attempts) {
        static DeliveryResponse of(WebhookDelivery d) {
            return new DeliveryResponse(
                    d.id(),
                    d.eventId(),
                    d.eventType(),
                    d.delivered() ? "DELIVERED" : "PENDING",
                    d.createdAt(),
                    d.nextAttemptAt().orElse(null),
                    d.deliveredAt().orElse(null),
                    d.attempts().stream().map(AttemptResponse::of).toList());
        }
    }

    /**
     * One attempt: its HTTP status if an answer came, otherwise the error (timeout, refused, egress
     * policy…). Bodies are never kept.
     */
    record AttemptResponse(
            Instant attemptedAt,
            long durationMs,
            @Schema(nullable = true) Integer statusCode,
            @Schema(nullable = true) String error,
            boolean succeeded) {
        static AttemptResponse of(DeliveryAttempt a) {
            return new AttemptResponse(
                    a.attemptedAt(),
                    a.duration().toMillis(),
                    a.statusCode().isPresent() ? a.statusCode().getAsInt() : null,
                    a.error().orElse(null),
                    a.succeeded());
        }
    }

    /**
     * What a ping did: the event that was sent and how the endpoint answered.
     *
     * @param accepted true when the endpoint answered 2xx, as a delivery would count it
     * @param statusCode the endpoint's HTTP status; null when no answer came
     * @param error why no answer came (timeout, connection refused, egress policy…); null when one came
     * @param durationMs how long the endpoint took
     * @param sentAt when the ping was sent (its {@code webhook-timestamp})
     * @param event the body that was sent, signed like every event
     */
    @Schema(name = "WebhookPingResponse", description = "What a ping did: the event sent and the endpoint's answer")
    record PingResponse(
            @Schema(description = "True when the endpoint answered 2xx, as a delivery would count it")
            boolean accepted,

            @Schema(nullable = true, description = "The endpoint's HTTP status; null when no answer came")
            Integer statusCode,

            @Schema(
                    nullable = true,
                    description =
                            "Why no answer came (timeout, connection refused, egress policy…); null when one came")
            String error,

            @Schema(description = "How long the endpoint took, in milliseconds")
            long durationMs,

            @Schema(description = "When the ping was sent (its webhook-timestamp)")
            Instant sentAt,

            @Schema(description = "The body that was sent, signed like every event")
            WebhookEventBody event) {
        static PingResponse of(PingWebhook.Ping ping, String baseUrl) {
            DeliveryAttempt a = ping.attempt();
            return new PingResponse(
                    a.succeeded(),
                    a.statusCode().isPresent() ? a.statusCode().getAsInt() : null,
                    a.error().orElse(null),
                    a.duration().toMillis(),
                    a.attemptedAt(),
                    WebhookEventBody.of(ping.event(), baseUrl));
        }
    }

    /**
     * A new signing secret, shown this once.
     *
     * @param secret the new secret ({@code whsec_…}); every message is signed with it from now on
     * @param previousSecretExpiresAt until then, messages also carry a signature with the previous secret
     */
    @Schema(name = "RotatedWebhookSecretResponse", description = "A new signing secret, shown this once")
    record RotatedSecretResponse(
            @Schema(description = "The webhook's id") UUID id,

            @Schema(description = "The new secret (whsec_…): every message is signed with it from now on")
            String secret,

            @Schema(
                    description = "Until then, messages also carry a signature made with the previous secret;"
                            + " from then on, the new one only")
            Instant previousSecretExpiresAt) {
        static RotatedSecretResponse of(RotatedSecret rotated) {
            return new RotatedSecretResponse(
                    rotated.endpointId(), rotated.secret().value(), rotated.previousSecretExpiresAt());
        }

        @Override
        public String toString() {
            return "RotatedSecretResponse[" + id + ", secret hidden]";
        }
    }

    private static List<String> names(WebhookEndpoint e) {
        return e.events().stream().map(WebhookEventType::wireName).sorted().toList();
    }
}

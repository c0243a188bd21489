package be.passerelle.api.webhook;

import be.passerelle.core.webhook.OutgoingMessage;
import be.passerelle.core.webhook.WebhookPayload;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The body of every webhook request, as {@link WebhookPayload} renders it (Standard Webhooks shape).
 * Documented as the {@code WebhookEvent} schema: the body of each entry of the document's {@code
 * webhooks}, and what a ping's answer shows was sent.
 *
 * @param type the event type; the document lists them
 * @param timestamp when the event happened (UTC, milliseconds)
 * @param data which resource changed, never its content
 */
@Schema(name = "WebhookEvent", description = "The body of a webhook (Standard Webhooks shape)")
record WebhookEventBody(
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "The event type", example = "referral.received")
        String type,

        @Schema(requiredMode = RequiredMode.REQUIRED, description = "When the event happened (UTC, milliseconds)")
        Instant timestamp,

        @Schema(requiredMode = RequiredMode.REQUIRED) Data data) {

    static WebhookEventBody of(OutgoingMessage m, String baseUrl) {
        return new WebhookEventBody(
                m.type(),
                m.occurredAt().truncatedTo(ChronoUnit.MILLIS),
                new Data(
                        m.eventId(),
                        m.tenant().orElse(null),
                        m.resourceType(),
                        m.resourceId(),
                        m.state().orElse(null),
                        WebhookPayload.absolute(baseUrl, m.link())));
    }

    /** Which resource changed: fetch it from {@code link} with your own credentials. */
    @Schema(name = "WebhookEventData", description = "Which resource changed; never its content")
    record Data(
            @Schema(
                    requiredMode = RequiredMode.REQUIRED,
                    description = "The event's id, also sent as webhook-id: the same on every redelivery"
                            + " (deduplicate on it)")
            UUID id,

            @Schema(
                    requiredMode = RequiredMode.REQUIRED,
                    nullable = true,
                    description = "The slug of the tenant whose action caused the event; null for the network")
            String tenant,

            @Schema(
                    requiredMode = RequiredMode.REQUIRED,
                    description = "The kind of resource",
                    allowableValues = {"referral", "directory-entry", "annual-report", "webhook"})
            String resourceType,

            @Schema(
                    requiredMode = RequiredMode.REQUIRED,
                    description = "The resource's id (a referral's or webhook's UUID, an institution's slug, a"
                            + " report's id)")
            String resourceId,

            @Schema(
                    requiredMode = RequiredMode.REQUIRED,
                    nullable = true,
                    description = "The resource's state after the event (a referral's state, PUBLISHED), null when"
                            + " it has none")
            String state,

            @Schema(
                    requiredMode = RequiredMode.REQUIRED,
                    format = "uri",
                    description = "The absolute URL of the resource in this API")
            String link) {}
}

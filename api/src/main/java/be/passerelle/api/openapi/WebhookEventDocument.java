package be.passerelle.api.openapi;

import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/**
 * The body of every webhook, as {@code core.webhook.WebhookPayload} renders it (Standard Webhooks
 * shape): documents its fields; {@code WebhookDeliveryIT} checks delivered bodies against it.
 *
 * @param type the event type, e.g. {@code referral.received}
 * @param timestamp when the event happened (UTC, milliseconds)
 * @param data the thin event: which resource changed, never its content
 */
@Schema(name = "WebhookEvent", description = "The body of a webhook (Standard Webhooks shape)")
record WebhookEventDocument(
        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                description = "the event type",
                example = "referral.received")
        String type,

        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                description = "when the event happened (UTC, milliseconds)")
        Instant timestamp,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Data data) {

    /**
     * The thin event: which resource changed, never its content (fetch it from {@code link}).
     *
     * @param id the event's id, also sent as {@code webhook-id}: the same on a redelivery (deduplicate on it)
     * @param tenant the slug of the tenant whose action caused the event; null for the network
     * @param resourceType {@code referral}, {@code directory-entry} or {@code annual-report}
     * @param resourceId the resource's id (a referral's UUID, an institution's slug, a report's id)
     * @param state the resource's state after the event (a referral's state, {@code PUBLISHED}); null
     *     when it has none
     * @param link the absolute URL of the resource in this API
     */
    @Schema(name = "WebhookEventData", description = "Which resource changed; never its content")
    record Data(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "the event's id, also sent as webhook-id: the same on a redelivery")
            UUID id,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    nullable = true,
                    description = "the slug of the tenant whose action caused the event")
            String tenant,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "the kind of resource",
                    allowableValues = {"referral", "directory-entry", "annual-report"})
            String resourceType,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "the resource's id or slug")
            String resourceId,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    nullable = true,
                    description = "the resource's state after the event, when it has one")
            String state,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "the absolute URL of the resource")
            URI link) {}
}

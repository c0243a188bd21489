package be.passerelle.api.webhook;

import be.passerelle.api.config.WebhookProperties;
import be.passerelle.api.web.Cursors;
import be.passerelle.api.web.PageLinks;
import be.passerelle.api.web.PageResponse;
import be.passerelle.api.webhook.WebhookResponses.DeliveryResponse;
import be.passerelle.api.webhook.WebhookResponses.PingResponse;
import be.passerelle.api.webhook.WebhookResponses.RegisteredWebhookResponse;
import be.passerelle.api.webhook.WebhookResponses.RotatedSecretResponse;
import be.passerelle.api.webhook.WebhookResponses.WebhookListResponse;
import be.passerelle.api.webhook.WebhookResponses.WebhookResponse;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.PageRequest;
import be.passerelle.core.webhook.ManageWebhooks;
import be.passerelle.core.webhook.PingWebhook;
import be.passerelle.core.webhook.RegisteredWebhook;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/webhooks}: a tenant admin's subscriptions to its tenant's events, or a network
 * administrator's to network-wide ones. Deliveries are signed per Standard Webhooks ({@code
 * webhook-id}, {@code webhook-timestamp}, {@code webhook-signature}), at least once, in order per
 * endpoint: a failing event holds back the later ones of its endpoint until it is delivered. An
 * endpoint can be sent a test ping, and its signing secret rotated with a grace period during which
 * both secrets sign. The events themselves are the document's top-level {@code webhooks}.
 */
@RestController
@RequestMapping("/api/v1/webhooks")
@Tag(name = "Webhooks")
class WebhookController {
    private static final String WEBHOOK_ID = "the webhook's id, as registered";

    private static final String PROBLEM = "application/problem+json";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    private final ManageWebhooks webhooks;
    private final PingWebhook pings;
    private final String baseUrl;

    WebhookController(ManageWebhooks webhooks, PingWebhook pings, WebhookProperties properties) {
        this.webhooks = webhooks;
        this.pings = pings;
        this.baseUrl = properties.publicBaseUrl();
    }

    @PostMapping
    @Operation(
            operationId = "registerWebhook",
            summary = "Subscribe an endpoint to events",
            description = "The signing secret is in this response only. The URL must be https to a public address"
                    + " (development stacks may allow http and private addresses).")
    @ApiResponse(responseCode = "201", description = "Subscribed")
    @ApiResponse(
            responseCode = "422",
            description = "A host that resolves to a private address, more than 10 webhooks, or an event type"
                    + " a network webhook may not receive",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    ResponseEntity<RegisteredWebhookResponse> register(
            CallContext context, @Valid @RequestBody WebhookRequest request) {
        RegisteredWebhook registered = webhooks.register(context, request.url(), request.events());
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/webhooks/" + registered.endpoint().id()))
                .body(RegisteredWebhookResponse.of(registered));
    }

    @GetMapping
    @Operation(
            operationId = "listWebhooks",
            summary = "The caller's webhooks (the tenant's, or the network's for a network admin)",
            description = "Oldest first, at most 10 per owner. A tenant admin sees its tenant's webhooks, a network"
                    + " admin the network's own; secrets are never shown again.")
    WebhookListResponse list(CallContext context) {
        return new WebhookListResponse(
                webhooks.list(context).stream().map(WebhookResponse::of).toList());
    }

    @GetMapping("/{id}")
    @Operation(
            operationId = "getWebhook",
            summary = "One webhook",
            description = "Its URL, event types and state: `enabled` turns false after about 3 days of failures"
                    + " (`failingSince`, `disabledAt`). Another owner's webhook is a 404.")
    WebhookResponse get(CallContext context, @Parameter(description = WEBHOOK_ID) @PathVariable UUID id) {
        return WebhookResponse.of(webhooks.get(context, id));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            operationId = "deleteWebhook",
            summary = "Unsubscribe (pending deliveries are dropped)",
            description = "The endpoint receives nothing more, not even the deliveries still pending.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    void delete(CallContext context, @Parameter(description = WEBHOOK_ID) @PathVariable UUID id) {
        webhooks.delete(context, id);
    }

    @PostMapping("/{id}/enable")
    @Operation(
            operationId = "enableWebhook",
            summary = "Resume a disabled webhook",
            description = "Deliveries queued while it was disabled go out in order, starting now.")
    WebhookResponse enable(CallContext context, @Parameter(description = WEBHOOK_ID) @PathVariable UUID id) {
        return WebhookResponse.of(webhooks.enable(context, id));
    }

    @GetMapping("/{id}/deliveries")
    @Operation(
            operationId = "listWebhookDeliveries",
            summary = "Deliveries, newest first, with each attempt's status, duration and error (never bodies)",
            description = "Paged with `limit` and `cursor` (the `next` link). Bodies are not stored: the event is"
                    + " rendered again from its thin outbox record at each attempt. Pings are not listed.")
    PageResponse<DeliveryResponse> deliveries(
            CallContext context,
            @Parameter(description = WEBHOOK_ID) @PathVariable UUID id,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
            @RequestParam(required = false) String cursor) {
        PageRequest page = new PageRequest(limit, Cursors.decode(cursor));
        return PageLinks.of(webhooks.deliveries(context, id, page), DeliveryResponse::of);
    }

    @PostMapping("/{id}/ping")
    @Operation(
            operationId = "pingWebhook",
            summary = "Send the endpoint a test ping now",
            description = "Posts a `webhook.ping` event (see the document's `webhooks`) to the endpoint at once,"
                    + " signed like every event (with both secrets during a rotation's grace period), under the"
                    + " same egress policy. The answer tells whether the endpoint accepted it (any 2xx), with the"
                    + " status it answered or why none came, and the exact event sent. A ping is sent once, even"
                    + " to a disabled webhook: it is not queued, not retried, not listed among the deliveries, and"
                    + " changes nothing of the webhook's state.")
    @ApiResponse(responseCode = "200", description = "Sent; whether the endpoint accepted it")
    PingResponse ping(CallContext context, @Parameter(description = WEBHOOK_ID) @PathVariable UUID id) {
        return PingResponse.of(pings.ping(context, id), baseUrl);
    }

    @PostMapping("/{id}/secret")
    @Operation(
            operationId = "rotateWebhookSecret",
            summary = "Rotate the signing secret",
            description = "Answers a new secret, shown this once. Until `previousSecretExpiresAt` (the configured"
                    + " grace period, 24 hours by default) every message carries two signatures in"
                    + " `webhook-signature`, `v1,<new> v1,<old>`, so a receiver still holding the old secret keeps"
                    + " verifying while it switches; then the new one only. Rotating again within the grace period"
                    + " retires the oldest secret at once.")
    @ApiResponse(
            responseCode = "200",
            description = "The new secret, in this response only",
            headers =
                    @Header(
                            name = "Cache-Control",
                            description = "no-store: the secret is not to be kept by any cache",
                            schema = @Schema(type = "string")))
    ResponseEntity<RotatedSecretResponse> rotateSecret(
            CallContext context, @Parameter(description = WEBHOOK_ID) @PathVariable UUID id) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(RotatedSecretResponse.of(webhooks.rotateSecret(context, id)));
    }

    @PostMapping("/{id}/deliveries/{deliveryId}/redeliver")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            operationId = "redeliverWebhookDelivery",
            summary = "Send a delivery again",
            description = "A pending delivery is tried now; a delivered one is queued again (same webhook-id) behind"
                    + " the endpoint's pending deliveries.")
    @ApiResponse(responseCode = "202", description = "Queued; the delivery that will carry the event")
    DeliveryResponse redeliver(
            CallContext context,
            @Parameter(description = WEBHOOK_ID) @PathVariable UUID id,
            @Parameter(description = "the delivery's id, from the deliveries list") @PathVariable UUID deliveryId) {
        return DeliveryResponse.of(webhooks.redeliver(context, id, deliveryId));
    }
}

package be.passerelle.api.openapi;

import be.passerelle.core.webhook.PingWebhook;
import be.passerelle.core.webhook.WebhookEventType;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * The webhooks Passerelle sends, as OpenAPI 3.1 top-level {@code webhooks}: one entry per {@link
 * WebhookEventType} and one for {@code webhook.ping}, each a {@code POST} whose body is the {@code
 * WebhookEvent} schema (the ping operation's answer shows it too, so it is a schema of the API's own
 * paths) with the Standard Webhooks headers; the schema's {@code type} lists every event type.
 *
 * <p>Each entry is a reference to a path item under {@code components.pathItems} (OpenAPI 3.1). Client
 * generators then do not turn the webhooks into client methods: openapi-generator 7 does, and its
 * TypeScript client does not compile them (their model imports are left empty).
 */
final class Webhooks implements OpenApiCustomizer {
    static final String EVENT_SCHEMA = "WebhookEvent";
    private static final String TAG = "Webhooks";

    private static final List<Parameter> HEADERS = List.of(
            header(
                    "webhook-id",
                    "The message's id: the event's id (`data.id`), the same on every redelivery of the event;"
                            + " deduplicate on it"),
            header(
                    "webhook-timestamp",
                    "When this attempt was sent, in seconds since the epoch; refuse a message more than a few"
                            + " minutes away from your clock (replay protection)"),
            header(
                    "webhook-signature",
                    "`v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`, keyed with"
                            + " the base64-decoded part of the endpoint's secret after `whsec_`. During the grace"
                            + " period after a secret rotation two signatures are sent, space-separated"
                            + " (`v1,<new> v1,<old>`): one matching signature suffices (Standard Webhooks)."));

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents();
        Schema<?> event = components.getSchemas().get(EVENT_SCHEMA);
        if (event == null
                || event.getProperties() == null
                || !event.getProperties().containsKey("type")) {
            throw new IllegalStateException("the " + EVENT_SCHEMA + " schema is missing: the ping answer names it");
        }
        Map<String, Operation> operations = new LinkedHashMap<>();
        for (WebhookEventType type : WebhookEventType.values()) {
            operations.put(type.wireName(), operation(type.wireName(), summary(type), description(type)));
        }
        operations.put(
                PingWebhook.EVENT_TYPE,
                operation(
                        PingWebhook.EVENT_TYPE,
                        "A test ping an administrator asked for",
                        "Sent once, at once, when an administrator calls `pingWebhook`, to check the endpoint and its"
                                + " signature verification. `data.resourceType` is `webhook`, `data.resourceId`"
                                + " the webhook's id; no state. Answer 2xx like for any event."));

        Schema<?> documented = event.getProperties().get("type");
        JsonSchema names = new JsonSchema();
        names.setTypes(Set.of("string"));
        names.setDescription(documented.getDescription());
        names.setExample(documented.getExample());
        names.setEnum(new ArrayList<Object>(operations.keySet()));
        event.addProperty("type", names);

        operations.forEach((name, operation) -> {
            String key = pathItemKey(name);
            components.addPathItem(key, new PathItem().post(operation));
            openApi.addWebhooks(name, new PathItem().$ref("#/components/pathItems/" + key));
        });
    }

    private static Operation operation(String name, String summary, String description) {
        return new Operation()
                .operationId(operationId(name))
                .summary(summary)
                .description(description)
                .addTagsItem(TAG)
                .security(List.of())
                .parameters(HEADERS)
                .requestBody(new RequestBody()
                        .required(true)
                        .content(new Content()
                                .addMediaType(
                                        "application/json",
                                        new MediaType()
                                                .schema(new JsonSchema()
                                                        .$ref("#/components/schemas/" + EVENT_SCHEMA)))))
                .responses(new ApiResponses()
                        .addApiResponse(
                                "200",
                                new ApiResponse()
                                        .description("Any 2xx acknowledges the event; any other answer, or none"
                                                + " within 10 seconds, is retried with backoff, in order per"
                                                + " endpoint (a ping is not retried)")));
    }

    /** {@code referral.state_changed} → {@code ReferralStateChangedWebhook}. */
    static String pathItemKey(String name) {
        return capitalized(name) + "Webhook";
    }

    /** {@code referral.state_changed} → {@code receiveReferralStateChangedEvent}. */
    static String operationId(String name) {
        return "receive" + capitalized(name) + "Event";
    }

    private static String capitalized(String name) {
        StringBuilder out = new StringBuilder();
        Arrays.stream(name.split("[._]"))
                .forEach(part ->
                        out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1)));
        return out.toString();
    }

    private static String summary(WebhookEventType type) {
        return switch (type) {
            case REFERRAL_RECEIVED -> "A case was referred to your institution";
            case REFERRAL_STATE_CHANGED -> "A case you are a party to changed state";
            case REFERRAL_MESSAGE_POSTED -> "A message was posted on a case you are a party to";
            case REFERRAL_RECEIVER_SUSPENDED -> "The institution holding a case you sent was suspended";
            case DIRECTORY_UPDATED -> "An institution's directory entry changed";
            case STATISTICS_PUBLISHED -> "An institution published its annual statistics";
        };
    }

    private static String description(WebhookEventType type) {
        String resource = switch (type) {
            case REFERRAL_RECEIVED, REFERRAL_STATE_CHANGED, REFERRAL_MESSAGE_POSTED, REFERRAL_RECEIVER_SUSPENDED ->
                "`data.resourceType` is `referral`, `data.resourceId` the case's id, `data.state` its state.";
            case DIRECTORY_UPDATED ->
                "`data.resourceType` is `directory-entry`, `data.resourceId` the institution's slug; no state.";
            case STATISTICS_PUBLISHED -> "`data.resourceType` is `annual-report`, `data.state` is `PUBLISHED`.";
        };
        return "Sent to the endpoints subscribed to `" + type.wireName() + "`"
                + (type.networkWide() ? " (also the network's own endpoints)" : "") + ". " + resource
                + " The body is thin: fetch the resource from `data.link` with your credentials. Verify"
                + " `webhook-signature` before trusting it.";
    }

    private static Parameter header(String name, String description) {
        return new HeaderParameter()
                .name(name)
                .required(true)
                .description(description)
                .schema(new JsonSchema().types(Set.of("string")));
    }
}

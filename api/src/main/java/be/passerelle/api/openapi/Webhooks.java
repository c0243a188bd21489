package be.passerelle.api.openapi;

import be.passerelle.core.webhook.WebhookEventType;
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
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocAnnotationsUtils;

/**
 * The webhooks Passerelle sends, as OpenAPI 3.1 top-level {@code webhooks}: one entry per {@link
 * WebhookEventType} (by its wire name), a {@code POST} whose body is the {@link WebhookEventDocument
 * WebhookEvent} schema with its {@code type} fixed, and the Standard Webhooks headers. The event's
 * {@code type} lists the wire names of every event type.
 */
final class Webhooks implements OpenApiCustomizer {
    static final String TAG = "Webhooks";

    private static final List<Parameter> HEADERS = List.of(
            header(
                    "webhook-id",
                    "the event's id (the same as data.id): the same on every redelivery of the event, to deduplicate"),
            header(
                    "webhook-timestamp",
                    "when this attempt was sent, in seconds since the epoch; refuse a message more than a few"
                            + " minutes away from your clock"),
            header(
                    "webhook-signature",
                    "`v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}` keyed with the"
                            + " endpoint's secret (the base64 after `whsec_`); several space-separated signatures"
                            + " may be sent, one matching suffices (Standard Webhooks)"));

    @Override
    public void customise(OpenAPI openApi) {
        Schema<?> event = SpringDocAnnotationsUtils.extractSchema(
                openApi.getComponents(), WebhookEventDocument.class, null, null, openApi.getSpecVersion());
        List<Object> names = Arrays.stream(WebhookEventType.values())
                .map(type -> (Object) type.wireName())
                .toList();
        Schema<?> component = openApi.getComponents().getSchemas().get("WebhookEvent");
        Schema<?> documented = component.getProperties().get("type");
        JsonSchema typeNames = new JsonSchema();
        typeNames.setTypes(Set.of("string"));
        typeNames.setDescription(documented.getDescription());
        typeNames.setEnum(names);
        component.addProperty("type", typeNames);
        for (WebhookEventType type : WebhookEventType.values()) {
            openApi.addWebhooks(type.wireName(), new PathItem().post(operation(type, event)));
        }
    }

    private static Operation operation(WebhookEventType type, Schema<?> event) {
        Schema<?> body = new JsonSchema()
                .addAllOfItem(event)
                .addAllOfItem(new JsonSchema()
                        .types(Set.of("object"))
                        .addProperty(
                                "type", new JsonSchema().types(Set.of("string"))._const(type.wireName())));
        return new Operation()
                .operationId(operationId(type))
                .summary(summary(type))
                .description(description(type))
                .addTagsItem(TAG)
                .security(List.of())
                .parameters(HEADERS)
                .requestBody(new RequestBody()
                        .required(true)
                        .content(new Content().addMediaType("application/json", new MediaType().schema(body))))
                .responses(new ApiResponses()
                        .addApiResponse(
                                "200",
                                new ApiResponse()
                                        .description("Any 2xx acknowledges the event; any other answer, or none in"
                                                + " time, is retried with backoff, in order per endpoint")));
    }

    /** {@code referral.state_changed} → {@code receiveReferralStateChangedEvent}. */
    static String operationId(WebhookEventType type) {
        StringBuilder id = new StringBuilder("receive");
        for (String part : type.wireName().split("[._]")) {
            id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return id.append("Event").toString();
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
                "`data.resourceType` is `directory-entry`, `data.resourceId` the institution's" + " slug; no state.";
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

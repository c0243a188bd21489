package be.passerelle.api.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * The response headers the API sends, documented once under {@code components.headers} and
 * referenced from the responses that carry them: {@code RateLimit} and {@code RateLimit-Policy} on
 * every response under {@code /api/}, {@code Retry-After} on 429 and 503, {@code ETag} on the
 * representations that can be revalidated or changed conditionally, {@code Location} on creations.
 */
final class ResponseHeaders implements OpenApiCustomizer {
    static final String ETAG = "ETag";
    static final String LOCATION = "Location";
    static final String RETRY_AFTER = "Retry-After";
    static final String RATE_LIMIT = "RateLimit";
    static final String RATE_LIMIT_POLICY = "RateLimit-Policy";
    static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";

    /** The operations that send an ETag, by their success statuses that carry it. */
    private static final Map<String, Set<String>> ETAGS = Map.ofEntries(
            Map.entry("createReferral", Set.of("201")),
            Map.entry("getReferral", Set.of("200")),
            Map.entry("acknowledgeReferral", Set.of("200")),
            Map.entry("acceptReferral", Set.of("200")),
            Map.entry("declineReferral", Set.of("200")),
            Map.entry("forwardReferral", Set.of("200")),
            Map.entry("closeReferral", Set.of("200")),
            Map.entry("withdrawReferral", Set.of("200")),
            Map.entry("eraseReferralPersonalData", Set.of("200")),
            Map.entry("getInstitution", Set.of("200", "304")),
            Map.entry("replaceInstitution", Set.of("200")),
            Map.entry("getInstitutionStatistics", Set.of("200", "304")),
            Map.entry("getNetworkStatistics", Set.of("200", "304")),
            Map.entry("getReferralFlows", Set.of("200", "304")),
            Map.entry("getNotificationSettings", Set.of("200")),
            Map.entry("replaceNotificationSettings", Set.of("200")),
            Map.entry("sendNotificationAddressConfirmation", Set.of("200")));

    /** The creations that name the new resource in Location. */
    private static final Set<String> LOCATIONS = Set.of(
            "createReferral", "uploadAttachment", "createTenant", "createApiClient", "inviteStaff", "registerWebhook");

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents();
        components.addHeaders(
                ETAG, header("the representation's version, for If-None-Match (304) or If-Match (412 when stale)"));
        components.addHeaders(LOCATION, header("the URL of the created resource"));
        components.addHeaders(RETRY_AFTER, header("seconds to wait before retrying"));
        components.addHeaders(
                RATE_LIMIT, header("the remaining budget of each policy (IETF draft RateLimit header fields)"));
        components.addHeaders(
                RATE_LIMIT_POLICY, header("the request budgets that apply to this caller: quota and window"));
        components.addHeaders(
                IDEMPOTENT_REPLAYED,
                header("true when this is the stored first answer to the same Idempotency-Key (nothing new was"
                                + " created); absent on a first answer")
                        .required(false));
        openApi.getPaths()
                .forEach((path, item) -> item.readOperations().forEach(operation -> {
                    if (path.startsWith("/api/")) {
                        add(operation, this::isSuccess, List.of(RATE_LIMIT, RATE_LIMIT_POLICY));
                        add(operation, "429"::equals, List.of(RATE_LIMIT, RATE_LIMIT_POLICY, RETRY_AFTER));
                    }
                    add(operation, "503"::equals, List.of(RETRY_AFTER));
                    Set<String> etags = ETAGS.getOrDefault(operation.getOperationId(), Set.of());
                    add(operation, etags::contains, List.of(ETAG));
                    if ("createReferral".equals(operation.getOperationId())) {
                        add(operation, "201"::equals, List.of(IDEMPOTENT_REPLAYED));
                    }
                    if (LOCATIONS.contains(operation.getOperationId())) {
                        add(operation, "201"::equals, List.of(LOCATION));
                    }
                }));
    }

    private boolean isSuccess(String status) {
        return status.startsWith("2") || status.startsWith("3");
    }

    private static void add(Operation operation, java.util.function.Predicate<String> statuses, List<String> names) {
        operation.getResponses().forEach((status, response) -> {
            if (statuses.test(status)) {
                names.forEach(name -> reference(response, name));
            }
        });
    }

    private static void reference(ApiResponse response, String name) {
        response.addHeaderObject(name, new Header().$ref("#/components/headers/" + name));
    }

    private static Header header(String description) {
        return new Header().description(description).required(true).schema(new JsonSchema().types(Set.of("string")));
    }
}
